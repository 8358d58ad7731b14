package org.ascassure.selfassessment.entity;

/** The parts of a self-assessment a narrative can fill, by section and what they are about. */
public enum NarrativePart {
  ABOUT_THE_COUNCIL(Section.A, Subject.COUNCIL, "About the council"),
  STRATEGY(Section.A, Subject.COUNCIL, "Our strategy"),
  PARTNERSHIPS(Section.A, Subject.COUNCIL, "Partnerships"),
  KEY_STRENGTHS(Section.A, Subject.COUNCIL, "Key strengths"),
  KEY_RISKS(Section.A, Subject.COUNCIL, "Key risks and challenges"),
  TRACK_RECORD(Section.A, Subject.COUNCIL, "Track record of improvement"),
  THEME_AMBITION(Section.B, Subject.THEME, "Our ambition"),
  THEME_STRENGTHS(Section.B, Subject.THEME, "Our strengths"),
  THEME_PRIORITIES(Section.B, Subject.THEME, "Priorities for improvement"),
  STATEMENT_PERFORMANCE(
      Section.B, Subject.STATEMENT, "What is our performance and how do we know?"),
  THEME_PLANS(Section.B, Subject.THEME, "What are our plans?"),
  PRODUCTION(Section.C, Subject.COUNCIL, "How this self-assessment was produced");

  /** The three sections of the document. */
  public enum Section {
    A,
    B,
    C
  }

  /** What a part is written about: the whole council, one theme or one statement. */
  public enum Subject {
    COUNCIL,
    THEME,
    STATEMENT
  }

  private final Section section;
  private final Subject subject;
  private final String label;

  NarrativePart(Section section, Subject subject, String label) {
    this.section = section;
    this.subject = subject;
    this.label = label;
  }

  public Section section() {
    return section;
  }

  public Subject subject() {
    return subject;
  }

  public String label() {
    return label;
  }

  /** The slot of this part for a subject code (a theme or statement), or of the council part. */
  public String slot(String subjectCode) {
    return subject == Subject.COUNCIL ? name() : name() + ":" + subjectCode;
  }
}
