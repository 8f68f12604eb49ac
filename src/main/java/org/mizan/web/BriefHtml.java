package org.mizan.web;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.mizan.brief.Block;
import org.mizan.brief.Brief;
import org.mizan.brief.BulletList;
import org.mizan.brief.Cell;
import org.mizan.brief.Figure;
import org.mizan.brief.Inline;
import org.mizan.brief.Link;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Section;
import org.mizan.brief.Span;
import org.mizan.brief.Table;
import org.mizan.dossier.Language;
import org.mizan.render.figure.FigureLayout;
import org.mizan.render.figure.PngPainter;

/**
 * The brief's document model as HTML: the page shows what the PDF and DOCX say, from the same model, and its
 * figures come from the same layout and painter as theirs. Internal links become fragment links.
 */
final class BriefHtml {

    /** Two pixels per point: sharp on a high-density screen, a fraction of the print size. */
    private static final double SCREEN_SCALE = 2.0;

    private final Language language;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private BriefHtml(Language language) {
        this.language = language;
    }

    static String render(Brief brief) {
        BriefHtml html = new BriefHtml(brief.metadata().language());
        brief.sections().forEach(html::section);
        return html.out.toString();
    }

    private void section(Section s) {
        int h = Math.min(s.level() + 1, 6);
        out.append("<section class=\"brief-section\" id=\"").append(Html.esc(s.anchor())).append("\">")
                .append("<h").append(h).append('>').append(Html.esc(s.title())).append("</h").append(h).append('>');
        s.blocks().forEach(this::block);
        s.subsections().forEach(this::section);
        out.append("</section>");
    }

    private void block(Block b) {
        // Java 17 has no pattern switch: the sealed Block has exactly these four kinds.
        if (b instanceof Paragraph p) {
            paragraph(p, "p");
        } else if (b instanceof BulletList l) {
            list(l);
        } else if (b instanceof Table t) {
            table(t);
        } else if (b instanceof Figure f) {
            figure(f);
        }
    }

    private void paragraph(Paragraph p, String tag) {
        out.append('<').append(tag).append(" class=\"").append(p.role().name().toLowerCase(Locale.ROOT)).append('"');
        if (p.anchor() != null) {
            out.append(" id=\"").append(Html.esc(p.anchor())).append('"');
        }
        out.append('>');
        inlines(p.inlines());
        out.append("</").append(tag).append('>');
    }

    private void inlines(List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Link link) {
                out.append("<a href=\"#").append(Html.esc(link.target())).append("\">")
                        .append(Html.esc(link.text())).append("</a>");
            } else if (i instanceof Span span) {
                span(span);
            }
        }
    }

    private void span(Span span) {
        switch (span.emphasis()) {
            case BOLD -> out.append("<strong>").append(Html.esc(span.text())).append("</strong>");
            case ITALIC -> out.append("<em>").append(Html.esc(span.text())).append("</em>");
            case NONE -> out.append(Html.esc(span.text()));
        }
    }

    private void list(BulletList l) {
        String tag = l.numbered() ? "ol" : "ul";
        out.append('<').append(tag).append('>');
        l.items().forEach(item -> paragraph(item, "li"));
        out.append("</").append(tag).append('>');
    }

    private void table(Table t) {
        out.append("<div class=\"table-wrap\"><table");
        if (t.anchor() != null) {
            out.append(" id=\"").append(Html.esc(t.anchor())).append('"');
        }
        out.append('>');
        if (t.caption() != null) {
            out.append("<caption>").append(Html.esc(t.caption())).append("</caption>");
        }
        out.append("<thead><tr>");
        t.header().forEach(c -> cell(c, "th"));
        out.append("</tr></thead><tbody>");
        for (List<Cell> row : t.rows()) {
            out.append("<tr>");
            row.forEach(c -> cell(c, "td"));
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
    }

    private void cell(Cell c, String tag) {
        out.append('<').append(tag).append(" class=\"tone-").append(c.tone().name().toLowerCase(Locale.ROOT)).append('"');
        if (c.anchor() != null) {
            out.append(" id=\"").append(Html.esc(c.anchor())).append('"');
        }
        out.append('>');
        c.paragraphs().forEach(p -> paragraph(p, "div"));
        out.append("</").append(tag).append('>');
    }

    private void figure(Figure f) {
        byte[] png = PngPainter.paint(FigureLayout.layout(f.diagram(), language), SCREEN_SCALE);
        out.append("<figure id=\"").append(Html.esc(f.anchor())).append("\"><img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\" alt=\"").append(Html.esc(f.altText()))
                .append("\"><figcaption>").append(Html.esc(f.caption())).append("</figcaption></figure>");
    }
}
