package org.ascassure.platform.entity;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.ascassure.platform.control.CurrentCaller;

/** Stamps {@link Tracked} records with the signed-in caller, or "system" for start-up work. */
public class TrackingListener {

  @PrePersist
  void created(Tracked tracked) {
    tracked.stampCreated(now(), caller());
  }

  @PreUpdate
  void updated(Tracked tracked) {
    tracked.stampUpdated(now(), caller());
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  private static String caller() {
    return CurrentCaller.name();
  }
}
