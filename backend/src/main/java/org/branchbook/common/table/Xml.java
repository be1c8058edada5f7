package org.branchbook.common.table;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX plumbing for the XLSX reader: a parser that refuses DTDs and external entities, and text reads with a cap. */
final class Xml {

    private Xml() {}

    /** A streaming parser; the JDK's own (not whatever is on the classpath), so the hardening below is known to hold. */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in);
    }

    /**
     * All text inside the current element (the reader is on its start tag and is left on its end tag).
     * At most max + 1 characters are kept, enough for the caller to tell "too long" without holding it all.
     */
    static String text(XMLStreamReader xml, int max) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (isText(event)) {
                append(sb, xml, max);
            }
        }
        return sb.toString();
    }

    /**
     * The text of a rich-text string (si or is): every t, also inside r runs, but not the phonetic
     * guides in rPh, which Excel keeps for sorting and never shows in the cell. Capped like {@link #text}.
     */
    static String richText(XMLStreamReader xml, int max) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        boolean inT = false;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    skip(xml);
                } else {
                    depth++;
                    inT = xml.getLocalName().equals("t");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                inT = false;
            } else if (inT && isText(event)) {
                append(sb, xml, max);
            }
        }
        return sb.toString();
    }

    /** Moves past the current element (the reader is on its start tag and is left on its end tag). */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private static void append(StringBuilder sb, XMLStreamReader xml, int max) {
        int room = max + 1 - sb.length();
        if (room > 0) {
            sb.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
        }
    }
}
