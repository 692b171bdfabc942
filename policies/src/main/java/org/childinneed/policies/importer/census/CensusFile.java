package org.childinneed.policies.importer.census;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.childinneed.model.event.EventType;
import org.childinneed.policies.importer.ImportedSource;
import org.childinneed.policies.importer.ImportProblem;
import org.childinneed.policies.importer.ImportedCase;

/**
 * A DfE Children in Need census file read as cases, one child at a time with StAX: memory holds
 * one {@code Child} element, whatever the file's size. Each {@code CINdetails} episode becomes one
 * case ({@link CensusMapping}). A file that breaks off (truncated, badly encoded) keeps every child
 * read before the break and reports where it stopped. DTDs and external entities are refused.
 */
public final class CensusFile extends ImportedSource {

    /** What a census can record: no meetings, visits, notes, supervision or management decisions. */
    public static final Set<EventType> RECORDABLE = EnumSet.of(EventType.REFERRAL, EventType.ASSESSMENT_STARTED,
            EventType.ASSESSMENT_COMPLETED, EventType.PLAN_STARTED, EventType.PLAN_ENDED, EventType.S47_ENQUIRY_STARTED,
            EventType.S47_ENQUIRY_COMPLETED, EventType.INITIAL_CP_CONFERENCE, EventType.CP_REVIEW,
            EventType.CP_CONFERENCE);

    /** The most elements one child may hold; beyond it the child is refused (a real child has some dozens). */
    static final int MAX_ELEMENTS_PER_CHILD = 5_000;
    /** The most characters kept of one element's text. */
    static final int MAX_TEXT = 200;

    private final InputStream in;
    private final XMLStreamReader xml;
    private final List<ImportProblem> fileProblems = new ArrayList<>();
    private final Deque<ImportedCase> pending = new ArrayDeque<>();
    private boolean finished;
    private boolean sawMessage;

    private CensusFile(InputStream in, String name, String unreadable) {
        super(name);
        this.in = in;
        this.xml = null;
        this.finished = true;
        fileProblems.add(new ImportProblem(Optional.of(1), Optional.empty(), Optional.empty(), "", unreadable));
    }

    private CensusFile(InputStream in, String name) throws XMLStreamException {
        super(name);
        this.in = in;
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLReporter((message, type, info, location) -> { });
        this.xml = factory.createXMLStreamReader(decoded(in));
    }

    /**
     * The text of {@code in} in the encoding its XML declaration names (UTF-8 when it names none),
     * decoded strictly so that a byte outside the encoding is an error, never a guess. The JDK's own
     * decoder would print such an error to standard error.
     */
    private static java.io.Reader decoded(InputStream in) throws XMLStreamException {
        try {
            java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 8192);
            buffered.mark(512);
            byte[] head = buffered.readNBytes(512);
            buffered.reset();
            int skip = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
            buffered.skipNBytes(skip);
            String prolog = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]{1,40})[\"']")
                    .matcher(prolog.substring(skip));
            java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
            if (m.find()) {
                try {
                    charset = java.nio.charset.Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    throw new XMLStreamException("unsupported encoding");
                }
            }
            return new StrictReader(buffered, charset);
        } catch (IOException e) {
            throw new XMLStreamException("unreadable", e);
        }
    }

    /** Opens the census file at {@code file}, named by the path as given; problems opening it are reported as source problems. */
    public static CensusFile open(Path file) throws IOException {
        return of(Files.newInputStream(file), file.toString());
    }

    /** Reads a census from {@code in} (closed with the source), named {@code census}; see {@link #of(InputStream, String)}. */
    public static CensusFile of(InputStream in) throws IOException {
        return of(in, "census");
    }

    /**
     * Reads a census from {@code in} (closed with the source), which problems and case origins call
     * {@code name}; the encoding comes from the XML declaration.
     */
    public static CensusFile of(InputStream in, String name) throws IOException {
        try {
            return new CensusFile(in, name);
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io && !(io instanceof java.nio.charset.CharacterCodingException)) {
                in.close();
                throw io;
            }
            return new CensusFile(in, name, "not well-formed XML at its start (the XML declaration or its encoding): nothing is read");
        }
    }

    @Override
    public Optional<ImportedCase> next() {
        while (pending.isEmpty() && !finished) {
            readNextChild();
        }
        return Optional.ofNullable(pending.poll());
    }

    @Override
    public List<ImportProblem> sourceProblems() {
        return List.copyOf(fileProblems);
    }

    @Override
    public Set<EventType> recordable() {
        return RECORDABLE;
    }

    @Override
    public void close() throws IOException {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // the stream below is closed next either way
        }
        in.close();
    }

    private void readNextChild() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (!sawMessage) {
                        sawMessage = true;
                        if (!name.equals("Message")) {
                            stop("the root element is not Message: not a Children in Need census file");
                            return;
                        }
                    } else if (name.equals("Child")) {
                        readChild();
                        return;
                    }
                }
            }
            if (!sawMessage) {
                stop("no elements: not a Children in Need census file");
                return;
            }
            finished = true;
        } catch (XMLStreamException | RuntimeException e) {
            stop(brokenMessage(e));
        }
    }

    private void readChild() throws XMLStreamException {
        XmlElement root = new XmlElement("Child", xml.getLocation().getLineNumber());
        Deque<XmlElement> open = new ArrayDeque<>();
        open.push(root);
        int count = 1;
        boolean tooLarge = false;
        while (!open.isEmpty()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                XmlElement element = new XmlElement(xml.getLocalName(), xml.getLocation().getLineNumber());
                if (++count <= MAX_ELEMENTS_PER_CHILD) {
                    open.peek().children.add(element);
                } else {
                    tooLarge = true;
                }
                open.push(element);
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                StringBuilder text = open.peek().text;
                if (text.length() < MAX_TEXT) {
                    text.append(xml.getText(), 0, Math.min(xml.getTextLength(), MAX_TEXT - text.length()));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
            }
        }
        if (tooLarge) {
            pending.add(new ImportedCase("Child at line " + root.line, Optional.empty(), List.of(new ImportProblem(
                    Optional.of(root.line), CensusMapping.childId(root), Optional.empty(), "Child",
                    "more than " + MAX_ELEMENTS_PER_CHILD + " elements in one child: not read"))));
            return;
        }
        pending.addAll(CensusMapping.cases(root));
    }

    private void stop(String message) {
        finished = true;
        Integer line = null;
        try {
            line = xml.getLocation().getLineNumber();
        } catch (RuntimeException e) {
            // no location to give
        }
        fileProblems.add(new ImportProblem(Optional.ofNullable(line).filter(l -> l > 0), Optional.empty(),
                Optional.empty(), "", message));
    }

    private static String brokenMessage(Exception e) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        boolean encoding = e.getCause() instanceof java.nio.charset.CharacterCodingException
                || e instanceof XMLStreamException x && x.getNestedException() instanceof java.nio.charset.CharacterCodingException
                || detail.contains("Invalid byte") || detail.contains("MalformedInput") || detail.contains("encoding");
        String why = encoding
                ? "the text is not in the encoding the file declares"
                : detail.toLowerCase(java.util.Locale.ROOT).contains("end of file") || detail.contains("XML document structures must start and end")
                        ? "the file ends before its elements are closed (truncated?)"
                        : "not well-formed XML";
        return why + "; reading stopped here, and children after this point are not read";
    }
}
