package org.ascassure.provider.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ascassure.council.entity.Council;
import org.ascassure.provider.entity.ImportStatus;
import org.ascassure.provider.entity.Provider;
import org.ascassure.provider.entity.ProviderDetails;
import org.ascassure.provider.entity.ProviderImport;
import org.ascassure.provider.entity.ProviderRating;

/**
 * Writes an import's rows a batch at a time, each batch in its own transaction, so that the job's
 * counts move while it runs and a failure keeps the batches before it. The caller was checked
 * before the job started.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportBatches {

  @PersistenceContext EntityManager em;

  public long createJob(long councilId, String fileName, CqcDirectoryCsv.Parsed parsed) {
    ProviderImport job =
        new ProviderImport(
            em.find(Council.class, councilId), fileName, parsed.total(), parsed.problems());
    if (parsed.rows().isEmpty()) {
      job.finish(ImportStatus.DONE, now());
    }
    em.persist(job);
    em.flush();
    return job.getId();
  }

  /** Creates, updates or leaves alone each row's provider; a row stored as it is counts as same. */
  public void apply(long jobId, List<CqcDirectoryCsv.Row> rows) {
    ProviderImport job = em.find(ProviderImport.class, jobId);
    Council council = em.find(Council.class, job.councilId());
    int created = 0;
    int updated = 0;
    int same = 0;
    List<String> rejected = new ArrayList<>();
    for (CqcDirectoryCsv.Row row : rows) {
      Optional<Provider> existing =
          em.createNamedQuery(Provider.BY_LOCATION, Provider.class)
              .setParameter("councilId", council.getId())
              .setParameter("location", row.details().cqcLocationId())
              .getResultStream()
              .findFirst();
      if (existing.isEmpty()) {
        Provider provider = new Provider(council, row.details());
        em.persist(provider);
        if (row.overall() != null) {
          em.persist(provider.rate(row.ratedOn(), row.overall(), row.questions()));
        }
        created++;
        continue;
      }
      Provider provider = existing.get();
      ProviderDetails d = row.details();
      if (!row.contractedGiven()) {
        // the file does not say: keep what the council recorded by hand
        d =
            new ProviderDetails(
                d.cqcLocationId(),
                d.name(),
                d.serviceType(),
                d.sector(),
                provider.isContracted(),
                d.area() == null ? provider.getArea() : d.area(),
                d.registeredOn(),
                d.deregisteredOn());
      }
      boolean changed = provider.describe(d);
      if (row.overall() != null) {
        Optional<ProviderRating> stored = provider.ratingOn(row.ratedOn());
        if (stored.isEmpty()) {
          em.persist(provider.rate(row.ratedOn(), row.overall(), row.questions()));
          changed = true;
        } else if (stored.get().getOverall() != row.overall()) {
          rejected.add(
              "row "
                  + row.number()
                  + ": the rating of "
                  + row.ratedOn()
                  + " is stored as "
                  + stored.get().getOverall().label()
                  + ", the file says "
                  + row.overall().label()
                  + "; the stored rating was kept");
          continue;
        }
      }
      if (changed) {
        updated++;
      } else {
        same++;
      }
    }
    job.progress(created, updated, same, rejected);
    em.flush();
  }

  public void finish(long jobId) {
    em.find(ProviderImport.class, jobId).finish(ImportStatus.DONE, now());
  }

  public void fail(long jobId, String why) {
    em.find(ProviderImport.class, jobId).fail(why, now());
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }
}
