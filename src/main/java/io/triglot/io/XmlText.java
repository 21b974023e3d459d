package io.triglot.io;

/** XML text and attribute escaping shared by the TBX and TMX writers. */
public final class XmlText {
    private XmlText() {
    }

    /** Escapes {@code & < > "}; characters XML 1.0 cannot carry become U+FFFD. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }
}
