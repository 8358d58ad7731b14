package org.ascassure.audit.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.ascassure.audit.entity.AuditAction;
import org.ascassure.audit.entity.Audited;
import org.ascassure.platform.control.CurrentCaller;

/**
 * Records every insert, update and delete of an {@link Audited} entity, whichever path made it
 * (API, UI, start-up, later imports and jobs), because it listens to the persistence layer itself.
 * The state at load time is remembered per entity so an update can say what changed.
 */
public class AuditListener {

  /** The state each managed instance had when loaded or last written; forgotten with it. */
  private static final Map<Audited, Map<String, Object>> LOADED =
      Collections.synchronizedMap(new WeakHashMap<>());

  @PostLoad
  void loaded(Object entity) {
    if (entity instanceof Audited audited) {
      remember(audited);
    }
  }

  @PostPersist
  void created(Object entity) {
    if (entity instanceof Audited audited) {
      write(audited, AuditAction.CREATE, Changes.between(Map.of(), audited.auditState()));
      remember(audited);
    }
  }

  @PostUpdate
  void updated(Object entity) {
    if (entity instanceof Audited audited) {
      Map<String, Object> before = LOADED.getOrDefault(audited, Map.of());
      String changes = Changes.between(before, audited.auditState());
      if (!"{}".equals(changes)) {
        write(audited, AuditAction.UPDATE, changes);
      }
      remember(audited);
    }
  }

  @PostRemove
  void removed(Object entity) {
    if (entity instanceof Audited audited) {
      Map<String, Object> before = LOADED.getOrDefault(audited, audited.auditState());
      write(audited, AuditAction.DELETE, Changes.between(before, Map.of()));
    }
  }

  private static void remember(Audited audited) {
    // a copy that allows null values, unlike Map.copyOf
    LOADED.put(audited, Collections.unmodifiableMap(new LinkedHashMap<>(audited.auditState())));
  }

  private static void write(Audited audited, AuditAction action, String changes) {
    CDI.current()
        .select(AuditWriter.class)
        .get()
        .append(
            CurrentCaller.name(),
            audited.auditCouncilId(),
            audited.auditType(),
            String.valueOf(audited.auditId()),
            action,
            changes);
  }
}
