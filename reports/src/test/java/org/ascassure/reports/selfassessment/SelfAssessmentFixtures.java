package org.ascassure.reports.selfassessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.Edition;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.EvidenceEntry;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.Part;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.PredictedRating;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.SectionC;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.SignOffEntry;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.StatementSection;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.ThemeSection;

/** Self-assessment documents of a fictional council, as large as a test or benchmark needs. */
public final class SelfAssessmentFixtures {

  static final String[][] THEMES = {
    {
      "T1",
      "Working with people",
      "QS1:Assessing needs",
      "QS2:Supporting people to live healthier lives",
      "QS3:Equity in experience and outcomes"
    },
    {
      "T2",
      "Providing support",
      "QS4:Care provision, integration and continuity",
      "QS5:Partnerships and communities"
    },
    {
      "T3",
      "Ensuring safety within the system",
      "QS6:Safe systems, pathways and transitions",
      "QS7:Safeguarding"
    },
    {
      "T4",
      "Leadership",
      "QS8:Governance, management and sustainability",
      "QS9:Learning, improvement and innovation"
    },
  };

  private static final String[] WORDS = {
    "Our",
    "reablement",
    "service",
    "helped",
    "people",
    "regain",
    "independence",
    "after",
    "hospital",
    "and",
    "waiting",
    "times",
    "for",
    "assessment",
    "fell",
    "across",
    "the",
    "county",
    "while",
    "carers",
    "told",
    "us",
    "they",
    "felt",
    "listened",
    "to",
    "by",
    "social",
    "workers"
  };

  private SelfAssessmentFixtures() {}

  /** A whole self-assessment: {@code words} per statement narrative, {@code items} evidence. */
  public static SelfAssessmentDocument fernshire(int words, int items, String hostile) {
    List<Part> sectionA =
        List.of(
            part("ABOUT_THE_COUNCIL", "About the council", paragraphs(200, 1, items)),
            part("STRATEGY", "Our strategy", paragraphs(150, 2, items)),
            part("PARTNERSHIPS", "Partnerships", ""),
            part("KEY_STRENGTHS", "Key strengths", paragraphs(120, 3, items)),
            part(
                "KEY_RISKS",
                "Key risks and challenges",
                hostile == null ? paragraphs(120, 4, items) : hostile),
            part("TRACK_RECORD", "Track record of improvement", paragraphs(100, 5, items)));
    List<ThemeSection> themes = new ArrayList<>();
    int seed = 10;
    for (String[] theme : THEMES) {
      List<StatementSection> statements = new ArrayList<>();
      for (int i = 2; i < theme.length; i++) {
        String[] statement = theme[i].split(":", 2);
        int score = 1 + (seed % 4);
        statements.add(
            new StatementSection(
                statement[0],
                statement[1],
                part(
                    "STATEMENT_PERFORMANCE:" + statement[0],
                    "What is our performance and how do we know?",
                    "<h2>What people tell us</h2>" + paragraphs(words, seed++, items)),
                score,
                new String[] {
                      "",
                      "Significant shortfalls",
                      "Some shortfalls",
                      "Good standard",
                      "Exceptional standard"
                    }
                    [score],
                "Performance data and feedback from partners (E" + (1 + seed % items) + ")."));
      }
      themes.add(
          new ThemeSection(
              theme[0],
              theme[1],
              part("THEME_AMBITION:" + theme[0], "Our ambition", paragraphs(80, seed++, items)),
              part("THEME_STRENGTHS:" + theme[0], "Our strengths", paragraphs(80, seed++, items)),
              part(
                  "THEME_PRIORITIES:" + theme[0],
                  "Priorities for improvement",
                  "<ul><li>Reduce waiting times (E3)</li><li>Close the gap in carers' assessments"
                      + " (D20)</li></ul>"),
              statements,
              part(
                  "THEME_PLANS:" + theme[0],
                  "What are our plans?",
                  paragraphs(80, seed++, items))));
    }
    SectionC sectionC =
        new SectionC(
            part("PRODUCTION", "How this self-assessment was produced", paragraphs(120, 99, items)),
            List.of(
                new SignOffEntry(
                    "Priya Natarajan",
                    "Chief Nurse",
                    "Fernshire Integrated Care Board",
                    LocalDate.of(2026, 3, 2),
                    "A fair account; hospital discharge is better than the text admits.")),
            List.of(
                new SignOffEntry(
                    "Cllr Tom Ashby",
                    "Leader",
                    "Fernshire County Council",
                    LocalDate.of(2026, 3, 9),
                    "")));
    List<EvidenceEntry> evidence = new ArrayList<>();
    for (int i = 1; i <= items; i++) {
      evidence.add(
          new EvidenceEntry(
              "E" + i,
              "Evidence item number " + i + ": survey, audit or dashboard",
              i % 3 == 0
                  ? List.of("People's experience", "Processes")
                  : List.of("Feedback from partners"),
              LocalDate.of(2025, 1 + i % 12, 1 + i % 28),
              "Owner " + (i % 7),
              i % 10 == 0 ? "Expired" : "Current"));
    }
    return new SelfAssessmentDocument(
        7,
        "Fernshire County Council",
        "Self-assessment of adult social care",
        "2025/26",
        "CQC local authority assessment framework",
        "Draft",
        new Edition(2, "v2", LocalDate.of(2026, 3, 12)),
        sectionA,
        themes,
        sectionC,
        evidence,
        new PredictedRating(
            9, 9, 56, "REQUIRES_IMPROVEMENT", "Requires improvement", List.of("QS3")));
  }

  static Part part(String slot, String heading, String html) {
    return new Part(slot, heading, html);
  }

  /** About {@code words} words in paragraphs of ~120, a citation in every paragraph. */
  static String paragraphs(int words, int seed, int items) {
    StringBuilder html = new StringBuilder();
    int written = 0;
    int paragraph = 0;
    while (written < words) {
      html.append("<p>");
      for (int w = 0; w < 120 && written < words; w++, written++) {
        html.append(WORDS[(seed * 7 + written) % WORDS.length]).append(' ');
        if (w == 30) {
          html.append("<strong>").append(WORDS[(seed + w) % WORDS.length]).append("</strong> ");
        }
      }
      int cited = 1 + (seed * 13 + paragraph++ * 5) % items;
      html.append("(E").append(cited).append(", E").append(1 + cited % items).append(").</p>");
    }
    return html.toString();
  }
}
