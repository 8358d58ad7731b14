package org.ascassure.admin.selfassessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.admin.platform.Messages;
import org.ascassure.admin.platform.Navigation;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.StatementCode;
import org.ascassure.framework.entity.Theme;
import org.ascassure.platform.boundary.DomainException;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.selfassessment.boundary.Prediction;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.control.NarrativeHtml;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.NarrativePart;
import org.ascassure.selfassessment.entity.PublishedVersion;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.selfassessment.entity.SelfAssessmentStatus;
import org.ascassure.selfassessment.entity.SelfScore;
import org.ascassure.selfassessment.entity.SignOff;

/**
 * One self-assessment: where it stands and who may move it on, its outline with word counts, the
 * self-scores and the rating they predict, published versions and sign-off. The status form carries
 * the version read, so a move over someone else's newer change is refused and explained.
 */
@Named
@ViewScoped
public class SelfAssessmentPage implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SelfAssessments selfAssessments;

  @Inject transient CouncilRoles roles;

  private Long id;
  private long version;
  private String note;
  private String versionNote;
  private SignOff.Kind signOffKind = SignOff.Kind.STAKEHOLDER_COMMENT;
  private String signOffName;
  private String signOffRole;
  private String signOffOrganisation;
  private LocalDate signOffDate;
  private String signOffComment;

  private transient SelfAssessment sa;
  private transient Prediction prediction;
  private transient List<PublishedVersion> versions;

  /** One line of the outline: a part, how long it is and whether anything is written yet. */
  public record OutlineRow(String slot, String label, int words, boolean unwritten, String score) {}

  /** Section B's parts about one theme, with its statements' parts among them. */
  public record ThemeOutline(String code, String title, List<OutlineRow> rows) {}

  public void load() {
    sa = selfAssessments.find(id == null ? -1 : id).orElse(null);
    if (sa == null) {
      Navigation.notFound();
      return;
    }
    version = sa.getVersion();
  }

  public SelfAssessment getSa() {
    if (sa == null && id != null) {
      sa = selfAssessments.find(id).orElse(null);
    }
    return sa;
  }

  private long councilId() {
    return getSa().getCouncil().getId();
  }

  // --- status ---

  /** Whether the caller may take the self-assessment to this status from where it is now. */
  public boolean mayMoveTo(SelfAssessmentStatus target) {
    SelfAssessment current = getSa();
    if (!current.getStatus().next().contains(target)) {
      return false;
    }
    boolean forReview =
        current.getStatus() == SelfAssessmentStatus.DRAFT
            && target == SelfAssessmentStatus.IN_REVIEW;
    return forReview ? roles.mayManage(councilId()) : roles.isDirector(councilId());
  }

  public boolean isMayMove() {
    for (SelfAssessmentStatus target : SelfAssessmentStatus.values()) {
      if (mayMoveTo(target)) {
        return true;
      }
    }
    return false;
  }

  public String submitForReview() {
    return move(SelfAssessmentStatus.IN_REVIEW, "submitted for review");
  }

  public String returnToDraft() {
    return move(SelfAssessmentStatus.DRAFT, "returned to draft");
  }

  public String endorse() {
    return move(SelfAssessmentStatus.ENDORSED, "endorsed");
  }

  public String submit() {
    return move(SelfAssessmentStatus.SUBMITTED, "submitted to CQC");
  }

  private String move(SelfAssessmentStatus target, String done) {
    try {
      selfAssessments.move(id, version, target, note);
      Messages.info("The self-assessment has been " + done + ".");
      return reload();
    } catch (StaleVersionException stale) {
      Messages.error(
          "Someone else changed this self-assessment since you opened it, so its status was not"
              + " changed. Reload the page to see where it stands now, then try again.");
    } catch (DomainException rejected) {
      Messages.of(rejected);
    }
    return null;
  }

  public String getStatusLabel() {
    return SaShow.statusLabel(getSa().getStatus());
  }

  // --- outline ---

  private OutlineRow row(Narrative n) {
    int words = NarrativeHtml.words(n.getBodyHtml());
    String score = null;
    if (n.getPart() == NarrativePart.STATEMENT_PERFORMANCE) {
      score =
          getSa()
              .score(n.getSubjectCode())
              .map(SelfScore::getScore)
              .map(String::valueOf)
              .orElse("–");
    }
    // theme parts are listed under their theme's title, so the part's own name is enough
    String label =
        n.getPart().subject() == NarrativePart.Subject.THEME
            ? n.getPart().label()
            : SelfAssessments.label(n);
    return new OutlineRow(n.getSlot(), label, words, n.isEmpty(), score);
  }

  public List<OutlineRow> section(String section) {
    return getSa().getNarratives().stream()
        .filter(n -> n.getPart().section().name().equals(section))
        .map(this::row)
        .toList();
  }

  public List<ThemeOutline> getThemes() {
    Map<String, List<OutlineRow>> byTheme = new LinkedHashMap<>();
    for (Theme theme : getSa().getFramework().getThemes()) {
      byTheme.put(theme.getCode(), new ArrayList<>());
    }
    for (Narrative n : getSa().getNarratives()) {
      if (n.getPart().section() != NarrativePart.Section.B) {
        continue;
      }
      String theme =
          n.getPart().subject() == NarrativePart.Subject.THEME
              ? n.getSubjectCode()
              : getSa()
                  .getFramework()
                  .findStatement(new StatementCode(n.getSubjectCode()))
                  .map(QualityStatement::getTheme)
                  .map(Theme::getCode)
                  .orElse(null);
      byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(row(n));
    }
    List<ThemeOutline> themes = new ArrayList<>();
    for (Theme theme : getSa().getFramework().getThemes()) {
      themes.add(new ThemeOutline(theme.getCode(), theme.getTitle(), byTheme.get(theme.getCode())));
    }
    return themes;
  }

  public int getTotalWords() {
    return getSa().getNarratives().stream()
        .mapToInt(n -> NarrativeHtml.words(n.getBodyHtml()))
        .sum();
  }

  public long getEmptyParts() {
    return getSa().getNarratives().stream().filter(Narrative::isEmpty).count();
  }

  // --- scores ---

  public Prediction getPrediction() {
    if (prediction == null) {
      prediction = selfAssessments.predict(id);
    }
    return prediction;
  }

  /** The difference as people say it: "+1 (we score higher)", "same", "−1 (CQC higher)". */
  public String difference(Prediction.Compared compared) {
    Integer d = compared.difference();
    if (d == null) {
      return "–";
    }
    if (d == 0) {
      return "Same";
    }
    return d > 0 ? "+" + d + " (we score higher)" : "−" + (-d) + " (CQC scored higher)";
  }

  // --- versions ---

  public List<PublishedVersion> getVersions() {
    if (versions == null) {
      versions = selfAssessments.versions(id);
    }
    return versions;
  }

  public String publish() {
    try {
      PublishedVersion published = selfAssessments.publish(id, versionNote);
      Messages.info(
          "Version "
              + published.label()
              + " has been published: it will always read as it does now.");
      return reload();
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  // --- sign-off ---

  public List<SignOff> signOffs(SignOff.Kind kind) {
    return getSa().getSignOffs().stream().filter(s -> s.getKind() == kind).toList();
  }

  public SignOff.Kind[] getSignOffKinds() {
    return SignOff.Kind.values();
  }

  public String addSignOff() {
    try {
      selfAssessments.addSignOff(
          id,
          new SelfAssessments.SignOffDetails(
              signOffKind,
              signOffName,
              signOffRole,
              signOffOrganisation,
              signOffDate,
              signOffComment));
      Messages.info(SaShow.kindLabel(signOffKind) + " from " + signOffName + " has been recorded.");
      return reload();
    } catch (DomainException rejected) {
      Messages.of(rejected);
      return null;
    }
  }

  public boolean isMayManage() {
    return roles.mayManage(councilId());
  }

  private String reload() {
    return "/self-assessments/self-assessment.xhtml?faces-redirect=true&id=" + id;
  }

  // --- properties ---

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getVersionNote() {
    return versionNote;
  }

  public void setVersionNote(String versionNote) {
    this.versionNote = versionNote;
  }

  public SignOff.Kind getSignOffKind() {
    return signOffKind;
  }

  public void setSignOffKind(SignOff.Kind signOffKind) {
    this.signOffKind = signOffKind;
  }

  public String getSignOffName() {
    return signOffName;
  }

  public void setSignOffName(String signOffName) {
    this.signOffName = signOffName;
  }

  public String getSignOffRole() {
    return signOffRole;
  }

  public void setSignOffRole(String signOffRole) {
    this.signOffRole = signOffRole;
  }

  public String getSignOffOrganisation() {
    return signOffOrganisation;
  }

  public void setSignOffOrganisation(String signOffOrganisation) {
    this.signOffOrganisation = signOffOrganisation;
  }

  public LocalDate getSignOffDate() {
    return signOffDate;
  }

  public void setSignOffDate(LocalDate signOffDate) {
    this.signOffDate = signOffDate;
  }

  public String getSignOffComment() {
    return signOffComment;
  }

  public void setSignOffComment(String signOffComment) {
    this.signOffComment = signOffComment;
  }
}
