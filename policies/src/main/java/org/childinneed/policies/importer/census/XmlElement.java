package org.childinneed.policies.importer.census;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One element of a census {@code Child}, read into memory one child at a time (a few kilobytes). */
final class XmlElement {

    final String name;
    final int line;
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** The element's text, trimmed. */
    String text() {
        return text.toString().strip();
    }

    /** The first child called {@code name}. */
    Optional<XmlElement> child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Every child called {@code name}, in document order. */
    List<XmlElement> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The non-blank text of the first child called {@code name}. */
    Optional<XmlElement> valued(String childName) {
        return child(childName).filter(c -> !c.text().isEmpty());
    }
}
