package io.triglot.io.tbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small element tree for one TBX entry: local name, attributes, text and the line it starts on. */
final class XmlNode {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    final int line;

    XmlNode(String name, int line) {
        this.name = name;
        this.line = line;
    }

    String attr(String key) {
        return attributes.get(key);
    }

    /** All text below this node, inline markup flattened. */
    String allText() {
        StringBuilder sb = new StringBuilder();
        collect(sb);
        return sb.toString();
    }

    private void collect(StringBuilder sb) {
        sb.append(text);
        for (XmlNode c : children) {
            c.collect(sb);
        }
    }
}
