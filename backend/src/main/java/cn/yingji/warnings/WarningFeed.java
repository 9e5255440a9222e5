package cn.yingji.warnings;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.jooq.impl.DSL;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import cn.yingji.tenancy.TenantTx;
import reactor.core.publisher.Mono;

/**
 * The public Atom feed of published warnings for the public (发布对象 社会公众), newest first, without sign-in: how CAP
 * relays (OASIS, WMO, Google) take warnings in. Each entry links its CAP document's identifier.
 */
@RestController
class WarningFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final int ENTRIES = 50;

    private final TenantTx tx;

    WarningFeed(TenantTx tx) {
        this.tx = tx;
    }

    @GetMapping(value = "/api/v1/public/warnings.atom", produces = "application/atom+xml")
    Mono<String> feed() {
        return tx.withoutTenant(dsl -> {
            var rows = dsl.fetch("select * from app.public_warnings({0})", DSL.val(ENTRIES));
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                Document doc = factory.newDocumentBuilder().newDocument();
                Element feed = doc.createElementNS(ATOM, "feed");
                doc.appendChild(feed);
                add(feed, "id", "urn:yingji:warnings");
                add(feed, "title", "应急管理平台·预警信息");
                OffsetDateTime updated = rows.isEmpty() ? OffsetDateTime.now(ZoneOffset.UTC)
                        : rows.getFirst().get("published_at", OffsetDateTime.class);
                add(feed, "updated", updated.toString());
                for (var r : rows) {
                    Element entry = add(feed, "entry", null);
                    add(entry, "id", "urn:oid:yingji:" + r.get("identifier", String.class));
                    add(entry, "title", r.get("headline", String.class));
                    add(entry, "updated", r.get("updated_at", OffsetDateTime.class).toString());
                    add(entry, "published", r.get("published_at", OffsetDateTime.class).toString());
                    Element author = add(entry, "author", null);
                    add(author, "name", r.get("tenant_name", String.class) + "应急管理部门");
                    add(entry, "summary", r.get("area_desc", String.class) + "：" + r.get("description", String.class));
                }
                var transformer = TransformerFactory.newInstance().newTransformer();
                transformer.setOutputProperty(OutputKeys.INDENT, "yes");
                transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                StringWriter out = new StringWriter();
                transformer.transform(new DOMSource(doc), new StreamResult(out));
                return out.toString();
            } catch (ParserConfigurationException | TransformerException e) {
                throw new IllegalStateException("Atom feed not written", e);
            }
        });
    }

    private static Element add(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElementNS(ATOM, name);
        if (text != null) {
            e.setTextContent(text);
        }
        parent.appendChild(e);
        return e;
    }
}
