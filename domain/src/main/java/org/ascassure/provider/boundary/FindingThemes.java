package org.ascassure.provider.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.NotFoundException;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.provider.entity.FindingTheme;
import org.ascassure.provider.entity.InspectionIssue;
import org.ascassure.provider.entity.Provider;
import org.ascassure.security.boundary.Access;

/**
 * The themes a council files inspection findings under, the training offered for each, the issues
 * recorded and a tally by theme. A council starts with nineteen default themes, stored the first
 * time someone who may write opens its themes; it renames them, changes the offers, adds its own.
 */
@Stateless
public class FindingThemes {

  /** A theme with how many issues are filed under it. */
  public record Tally(FindingTheme theme, long issues) {}

  /** Default themes and a first training offer for each, in the order councils tend to list. */
  static final List<String[]> DEFAULTS =
      List.of(
          new String[] {
            "Medicines management", "Medicines optimisation support; accredited e-learning"
          },
          new String[] {"Health and safety", "The council's health and safety advisers"},
          new String[] {
            "Nutrition and hydration", "Dietetic advice; modified-diet and thickener guidance"
          },
          new String[] {"Person-centred support and inclusion", "Care planning workshop"},
          new String[] {
            "Infection prevention and control", "Public health infection control nurse"
          },
          new String[] {"Leadership and governance", "Registered manager development programme"},
          new String[] {
            "Staff training and development", "Local workforce development partnership"
          },
          new String[] {"Assessment, care planning and review", "Care planning workshop"},
          new String[] {
            "Safeguarding, incidents and learning", "Safeguarding adults board training"
          },
          new String[] {"Mental capacity", "Mental Capacity Act workshop"},
          new String[] {"Staffing levels and deployment", "Workforce planning guidance"},
          new String[] {"Moving and handling", "Train-the-trainer course"},
          new String[] {"Safe recruitment", "Recruitment and retention support"},
          new String[] {"Fire safety", "Fire and rescue service session"},
          new String[] {"Pressure care", "Community nursing tissue viability team"},
          new String[] {"Diabetes care", "Diabetes education for care staff"},
          new String[] {"Personal care, dignity and choice", "Dignity in care e-learning"},
          new String[] {"End of life care", "Hospice education team"},
          new String[] {"Outbreak management", null});

  @PersistenceContext EntityManager em;

  @Inject Access access;

  @Inject Councils councils;

  @Inject Providers providers;

  /**
   * The council's themes in order. A council with none gets the defaults, stored when the caller
   * may write (an auditor's reading changes nothing).
   */
  public List<FindingTheme> themes(long councilId) {
    Council council = councils.get(councilId);
    List<FindingTheme> themes = stored(councilId);
    if (themes.isEmpty() && providers.canWrite(councilId)) {
      int position = 1;
      for (String[] theme : DEFAULTS) {
        em.persist(new FindingTheme(council, position++, theme[0], theme[1]));
      }
      em.flush();
      themes = stored(councilId);
    }
    return themes;
  }

  private List<FindingTheme> stored(long councilId) {
    return em.createNamedQuery(FindingTheme.OF_COUNCIL, FindingTheme.class)
        .setParameter("councilId", councilId)
        .getResultList();
  }

  /** Each theme with its count of issues, in the themes' order. */
  public List<Tally> tally(long councilId) {
    List<FindingTheme> themes = themes(councilId);
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(InspectionIssue.TALLY, Object[].class)
            .setParameter("councilId", councilId)
            .getResultList()) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return themes.stream().map(t -> new Tally(t, counts.getOrDefault(t.getId(), 0L))).toList();
  }

  public FindingTheme create(long councilId, String name, String trainingOffer) {
    List<FindingTheme> themes = themes(councilId);
    access.requireRole(councilId, "change finding themes", Providers.WRITERS);
    String[] checked = check(councilId, null, name, trainingOffer);
    FindingTheme theme =
        new FindingTheme(councils.get(councilId), themes.size() + 1, checked[0], checked[1]);
    em.persist(theme);
    em.flush();
    return theme;
  }

  public FindingTheme update(long id, long expectedVersion, String name, String trainingOffer) {
    FindingTheme theme = getTheme(id);
    access.requireRole(theme.councilId(), "change finding themes", Providers.WRITERS);
    if (theme.getVersion() != expectedVersion) {
      throw new StaleVersionException("The theme", expectedVersion, theme.getVersion());
    }
    String[] checked = check(theme.councilId(), id, name, trainingOffer);
    theme.describe(checked[0], checked[1]);
    em.flush();
    return theme;
  }

  public Optional<FindingTheme> findTheme(long id) {
    return Optional.ofNullable(em.find(FindingTheme.class, id))
        .filter(t -> access.canRead(t.councilId()));
  }

  public FindingTheme getTheme(long id) {
    return findTheme(id).orElseThrow(() -> new NotFoundException("Finding theme", id));
  }

  /** Files one finding of an inspection report under a theme of the provider's council. */
  public InspectionIssue record(long providerId, long themeId, LocalDate foundOn, String text) {
    Provider provider = providers.get(providerId);
    access.requireRole(provider.councilId(), "record inspection issues", Providers.WRITERS);
    List<FieldError> errors = new ArrayList<>();
    FindingTheme theme =
        findTheme(themeId).filter(t -> t.councilId() == provider.councilId()).orElse(null);
    if (theme == null) {
      errors.add(new FieldError("themeId", "Choose one of the council's themes."));
    }
    if (foundOn == null) {
      errors.add(new FieldError("foundOn", "Give the date of the inspection report."));
    }
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      errors.add(new FieldError("text", "Say what the inspection found."));
    } else if (t.length() > InspectionIssue.TEXT_LENGTH) {
      errors.add(
          new FieldError("text", "Keep it to " + InspectionIssue.TEXT_LENGTH + " characters."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The inspection issue is not valid.", errors);
    }
    InspectionIssue issue = new InspectionIssue(provider, theme, foundOn, t);
    em.persist(issue);
    em.flush();
    return issue;
  }

  /** The council's recorded issues, newest first. */
  public Page<InspectionIssue> issues(long councilId, PageRequest request) {
    councils.get(councilId);
    List<InspectionIssue> items =
        em.createNamedQuery(InspectionIssue.OF_COUNCIL, InspectionIssue.class)
            .setParameter("councilId", councilId)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createNamedQuery(InspectionIssue.COUNT_OF_COUNCIL, Long.class)
            .setParameter("councilId", councilId)
            .getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  private String[] check(long councilId, Long self, String name, String offer) {
    List<FieldError> errors = new ArrayList<>();
    String n = name == null ? "" : name.strip();
    String o = offer == null || offer.isBlank() ? null : offer.strip();
    if (n.isEmpty()) {
      errors.add(new FieldError("name", "Name the theme."));
    } else if (n.length() > FindingTheme.NAME_LENGTH) {
      errors.add(
          new FieldError(
              "name", "A name has at most " + FindingTheme.NAME_LENGTH + " characters."));
    } else if (stored(councilId).stream()
        .anyMatch(t -> !t.getId().equals(self) && t.getName().equalsIgnoreCase(n))) {
      errors.add(new FieldError("name", "The council already has a theme of that name."));
    }
    if (o != null && o.length() > FindingTheme.OFFER_LENGTH) {
      errors.add(
          new FieldError(
              "trainingOffer",
              "The training offer has at most " + FindingTheme.OFFER_LENGTH + " characters."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The theme is not valid.", errors);
    }
    return new String[] {n, o};
  }
}
