/** TBX-Basic reading (TBX v2 martif and TBX v3 / ISO 30042:2019) and writing, with XML hardened against entity tricks. */
package io.triglot.io.tbx;
