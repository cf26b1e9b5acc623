package org.akhbar.scraper.internal;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers hardened for untrusted documents: no DTDs and no external entities, so a
 * feed cannot read local files or make the crawler fetch other URLs (XXE), nor blow up
 * memory with entity expansion.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = create();

    private SafeXml() {}

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** A reader over {@code body}; the encoding comes from the XML declaration or BOM. */
    public static XMLStreamReader reader(byte[] body) throws XMLStreamException {
        synchronized (FACTORY) {
            // The factory is not specified as thread-safe; creating readers is cheap to serialise.
            return FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
        }
    }

    /** The text of the current element, trimmed; the reader ends on its end tag. */
    public static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamReader.CHARACTERS || ev == XMLStreamReader.CDATA) {
                sb.append(r.getText());
            } else if (ev == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        return sb.toString().strip();
    }
}
