package org.ascassure.reports.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document as screen readers and Word's navigation pane need it: real heading styles
 * ("heading 1" … with outline levels), a title and language in the document's properties and its
 * default text, tables whose heading row is marked to repeat, lists as Word lists, internal links
 * to bookmarks. The renderers say what goes in; this class knows how Word wants it written.
 */
public final class WordDocument {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  public static final String LANGUAGE = "en-GB";

  private static final int DEEPEST_HEADING = 6;
  private static final int[] HEADING_POINTS = {20, 16, 14, 12, 11, 11};

  private final XWPFDocument doc = new XWPFDocument();
  private int bookmarks;

  public WordDocument(String title, String subject) {
    doc.getProperties().getCoreProperties().setTitle(title);
    doc.getProperties().getCoreProperties().setSubjectProperty(subject);
    doc.getProperties().getCoreProperties().setCreator("ASC Assure");
    doc.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(LANGUAGE);
    styles();
  }

  public XWPFDocument poi() {
    return doc;
  }

  /** The footer on every page: what the document is, its version and date. */
  public void footer(String text) {
    XWPFFooter footer =
        new XWPFHeaderFooterPolicy(doc).createFooter(XWPFHeaderFooterPolicy.DEFAULT);
    XWPFParagraph p = footer.getParagraphArray(0);
    if (p == null) {
      p = footer.createParagraph();
    }
    p.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun run = p.createRun();
    run.setText(text + " · page ");
    run.setFontSize(9);
    p.getCTP().addNewFldSimple().setInstr("PAGE");
  }

  /**
   * Appends a run of text to {@code p}. Written on the XML directly: POI's {@code createRun()}
   * searches each new run for pictures (an XPath query per run), most of a large document's time.
   */
  public static void text(XWPFParagraph p, String text) {
    text(p, text, false, false, false, false);
  }

  public static void text(
      XWPFParagraph p,
      String text,
      boolean bold,
      boolean italic,
      boolean underline,
      boolean strike) {
    CTR run = p.getCTP().addNewR();
    if (bold || italic || underline || strike) {
      CTRPr format = run.addNewRPr();
      if (bold) {
        format.addNewB();
      }
      if (italic) {
        format.addNewI();
      }
      if (underline) {
        format
            .addNewU()
            .setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
      }
      if (strike) {
        format.addNewStrike();
      }
    }
    CTText t = run.addNewT();
    t.setStringValue(text);
    t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
  }

  public XWPFParagraph title(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Title");
    text(p, text);
    return p;
  }

  /** A heading of {@code level} 1–6 (deeper ones are written as 6). */
  public XWPFParagraph heading(int level, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Heading" + Math.max(1, Math.min(DEEPEST_HEADING, level)));
    text(p, text);
    return p;
  }

  public XWPFParagraph paragraph() {
    return doc.createParagraph();
  }

  public XWPFParagraph paragraph(String text) {
    XWPFParagraph p = doc.createParagraph();
    text(p, text);
    return p;
  }

  /** A paragraph that starts with a bold label: "Self-score: 3 – Good standard". */
  public XWPFParagraph labelled(String label, String text) {
    XWPFParagraph p = doc.createParagraph();
    text(p, label, true, false, false, false);
    if (!text.isEmpty()) {
      text(p, text);
    }
    return p;
  }

  /** A table with a heading row that repeats on every page and reads as the header. */
  public Table table(List<String> headings) {
    XWPFTable table = doc.createTable();
    table.setWidth("100%");
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < headings.size(); c++) {
      XWPFTableCell cell = c == 0 ? header.getCell(0) : header.addNewTableCell();
      text(cell.getParagraphArray(0), headings.get(c), true, false, false, false);
    }
    return new Table(table, headings.size());
  }

  /** One table being filled, a row at a time. */
  public static final class Table {
    private final XWPFTable table;
    private final int columns;

    Table(XWPFTable table, int columns) {
      this.table = table;
      this.columns = columns;
    }

    /** A row of plain texts; returns the cells so a caller can add a bookmark. */
    public List<XWPFTableCell> row(String... texts) {
      XWPFTableRow row = table.createRow();
      row.setCantSplitRow(true);
      for (int c = 0; c < columns; c++) {
        XWPFTableCell cell = row.getCell(c);
        String text = c < texts.length && texts[c] != null ? texts[c] : "";
        text(cell.getParagraphArray(0), text);
      }
      return row.getTableCells();
    }
  }

  /** A new list (bulleted or numbered); each list numbers from 1. */
  public BigInteger newList(boolean numbered) {
    XWPFNumbering numbering = doc.createNumbering();
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    BigInteger id = BigInteger.valueOf(numbering.getAbstractNums().size() + 1L);
    abstractNum.setAbstractNumId(id);
    for (int level = 0; level < 3; level++) {
      CTLvl lvl = abstractNum.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(level));
      lvl.addNewStart().setVal(BigInteger.ONE);
      lvl.addNewNumFmt().setVal(numbered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
      lvl.addNewLvlText().setVal(numbered ? "%" + (level + 1) + "." : level == 1 ? "◦" : "•");
      var ind = lvl.addNewPPr().addNewInd();
      ind.setLeft(BigInteger.valueOf(720L * (level + 1)));
      ind.setHanging(BigInteger.valueOf(360));
    }
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    return numbering.addNum(abstractId);
  }

  /** Marks {@code p}'s content as the target of internal links to {@code name}. */
  public void bookmark(XWPFParagraph p, String name) {
    BigInteger id = BigInteger.valueOf(++bookmarks);
    CTBookmark start = p.getCTP().insertNewBookmarkStart(0);
    start.setName(name);
    start.setId(id);
    CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
    end.setId(id);
  }

  /** Appends a link to bookmark {@code name} in this document; its text is styled as a link. */
  public static void internalLink(XWPFParagraph p, String name, String text, String tooltip) {
    CTHyperlink link = p.getCTP().addNewHyperlink();
    link.setAnchor(name);
    if (tooltip != null) {
      link.setTooltip(tooltip);
    }
    CTR run = link.addNewR();
    run.addNewRPr().addNewRStyle().setVal("Hyperlink");
    CTText t = run.addNewT();
    t.setStringValue(text);
    t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
  }

  public void write(OutputStream out) {
    try {
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bookmark names Word accepts: a letter first, then letters, digits, underscores; ≤ 40. */
  public static String bookmarkName(String anchor) {
    String name = anchor.replaceAll("[^A-Za-z0-9_]", "_");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "b_" + name;
    }
    return name.length() > 40 ? name.substring(0, 40) : name;
  }

  private void styles() {
    XWPFStyles styles = doc.createStyles();
    styles.setSpellingLanguage(LANGUAGE);
    CTStyle normal = style(styles, "Normal", "Normal", STStyleType.PARAGRAPH);
    normal.setDefault(true);
    CTRPr normalText = normal.addNewRPr();
    normalText.addNewSz().setVal(BigInteger.valueOf(22));
    normal.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
    add(styles, normal);

    CTStyle title = style(styles, "Title", "Title", STStyleType.PARAGRAPH);
    title.addNewBasedOn().setVal("Normal");
    title.addNewQFormat();
    CTRPr titleText = title.addNewRPr();
    titleText.addNewB();
    titleText.addNewSz().setVal(BigInteger.valueOf(56));
    title.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(240));
    add(styles, title);

    for (int level = 1; level <= DEEPEST_HEADING; level++) {
      CTStyle heading = style(styles, "Heading" + level, "heading " + level, STStyleType.PARAGRAPH);
      heading.addNewBasedOn().setVal("Normal");
      heading.addNewNext().setVal("Normal");
      heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
      heading.addNewQFormat();
      CTPPrGeneral layout = heading.addNewPPr();
      layout.addNewKeepNext();
      layout.addNewSpacing().setBefore(BigInteger.valueOf(level <= 2 ? 360 : 240));
      layout.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
      CTRPr text = heading.addNewRPr();
      text.addNewB();
      text.addNewSz().setVal(BigInteger.valueOf(HEADING_POINTS[level - 1] * 2L));
      text.addNewColor().setVal("1F3864");
      add(styles, heading);
    }

    CTStyle hyperlink = style(styles, "Hyperlink", "Hyperlink", STStyleType.CHARACTER);
    CTRPr linkText = hyperlink.addNewRPr();
    linkText.addNewColor().setVal("0563C1");
    linkText
        .addNewU()
        .setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
    add(styles, hyperlink);

    CTStyle quote = style(styles, "Quote", "Quote", STStyleType.PARAGRAPH);
    quote.addNewBasedOn().setVal("Normal");
    quote.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
    quote.addNewRPr().addNewI();
    add(styles, quote);
  }

  private static CTStyle style(XWPFStyles styles, String id, String name, STStyleType.Enum type) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.addNewName().setVal(name);
    style.setType(type);
    return style;
  }

  private static void add(XWPFStyles styles, CTStyle style) {
    styles.addStyle(new XWPFStyle(style, styles));
  }
}
