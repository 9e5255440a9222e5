package cn.yingji.warnings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * CAP 1.2 (OASIS Common Alerting Protocol): a warning as an {@code <alert>} document, and its validation against the
 * schema kept in {@code resources/cap/CAP-v1.2.xsd}; the GB/T 35965.1 identifier; the CAP category of a hazard.
 */
final class Cap {

    static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(BEIJING);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(BEIJING);
    private static final Schema SCHEMA = schema();

    /** CAP's urgency, severity and certainty of a level (policy {@code warnings.cap.<level>}). */
    record Terms(String urgency, String severity, String certainty) {
    }

    /** One alert with one info block and one area: what the platform sends. */
    record Alert(String identifier, String sender, Instant sent, WarningMessage message, @Nullable String references,
            String hazard, WarningLevel level, Terms terms, String audience, Instant onset, Instant expires,
            String senderName, String headline, String description, String instruction, String areaDesc,
            @Nullable String polygon, List<String> areaCodes) {
    }

    private Cap() {
    }

    /**
     * 预警标识 (GB/T 35965.1): {@code ZZZZZZDDDUUUXX_YYYYMMDDhhmmss_N} — the GB/T 2260 code of the issuing tenant,
     * organisation code 000, unit 000, extension 00, the time in Beijing, and a serial within that second.
     */
    static String identifier(String tenantCode, Instant at, int serial) {
        if (!tenantCode.matches("\\d{6}") || serial < 0 || serial > 9) {
            throw new IllegalArgumentException("no GB/T 35965.1 identifier for " + tenantCode + " #" + serial);
        }
        return tenantCode + "000" + "000" + "00" + "_" + ID_TIME.format(at) + "_" + serial;
    }

    /** A time as CAP writes it: Beijing time with its offset, to the second (2026-12-06T14:30:05+08:00). */
    static String time(Instant at) {
        return CAP_TIME.format(at);
    }

    /** The CAP category of a hazard: 气象 → Met, 地质/地震 → Geo, 火 → Fire, 疫情 → Health, else Other. */
    static String category(String hazard) {
        for (var e : CATEGORIES.entrySet()) {
            if (e.getValue().stream().anyMatch(hazard::contains)) {
                return e.getKey();
            }
        }
        return "Other";
    }

    private static final Map<String, List<String>> CATEGORIES = Map.of(
            "Met", List.of("暴雨", "台风", "大风", "寒潮", "高温", "暴雪", "冰雹", "雷电", "大雾", "霜冻", "干旱", "道路结冰", "沙尘"),
            "Geo", List.of("地震", "地质", "滑坡", "泥石流", "崩塌", "山洪", "洪水", "洪涝", "海啸"),
            "Fire", List.of("火"),
            "Health", List.of("疫", "传染病", "食物中毒"),
            "Safety", List.of("危险化学品", "矿山", "安全生产"),
            "Transport", List.of("交通"));

    /** The alert as CAP 1.2 XML (UTF-8, indented). */
    static String xml(Alert a) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().newDocument();
            Element alert = doc.createElementNS(NAMESPACE, "alert");
            doc.appendChild(alert);
            add(alert, "identifier", a.identifier());
            add(alert, "sender", a.sender());
            add(alert, "sent", CAP_TIME.format(a.sent()));
            add(alert, "status", "Actual");
            add(alert, "msgType", switch (a.message()) {
                case ALERT -> "Alert";
                case UPDATE -> "Update";
                case CANCEL -> "Cancel";
            });
            add(alert, "scope", "Public");
            if (a.references() != null) {
                add(alert, "references", a.references());
            }
            Element info = add(alert, "info", null);
            add(info, "language", "zh-CN");
            add(info, "category", category(a.hazard()));
            add(info, "event", a.hazard() + a.level().label() + "预警");
            add(info, "responseType", a.message() == WarningMessage.CANCEL ? "AllClear" : "Prepare");
            add(info, "urgency", a.terms().urgency());
            add(info, "severity", a.terms().severity());
            add(info, "certainty", a.terms().certainty());
            add(info, "audience", a.audience());
            Element code = add(info, "eventCode", null);
            add(code, "valueName", "预警级别");
            add(code, "value", a.level().label());
            add(info, "onset", CAP_TIME.format(a.onset()));
            add(info, "expires", CAP_TIME.format(a.expires()));
            add(info, "senderName", a.senderName());
            add(info, "headline", a.headline());
            add(info, "description", a.description());
            if (!a.instruction().isBlank()) {
                add(info, "instruction", a.instruction());
            }
            Element area = add(info, "area", null);
            add(area, "areaDesc", a.areaDesc());
            if (a.polygon() != null) {
                add(area, "polygon", a.polygon());
            }
            for (String areaCode : a.areaCodes()) {
                Element geocode = add(area, "geocode", null);
                add(geocode, "valueName", "GB/T 2260");
                add(geocode, "value", areaCode);
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("CAP document not written", e);
        }
    }

    /** What the schema finds wrong with a CAP document: empty when it is valid. */
    static List<String> problems(String xml) {
        List<String> problems = new ArrayList<>();
        var validator = SCHEMA.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return problems;
    }

    private static Element add(Element parent, String name, @Nullable String text) {
        Element e = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
        if (text != null) {
            e.setTextContent(text);
        }
        parent.appendChild(e);
        return e;
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(Cap.class.getResourceAsStream("/cap/CAP-v1.2.xsd")));
        } catch (SAXException e) {
            throw new IllegalStateException("the CAP 1.2 schema does not load", e);
        }
    }
}
