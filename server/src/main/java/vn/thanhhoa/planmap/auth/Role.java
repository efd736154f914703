package vn.thanhhoa.planmap.auth;

/**
 * What a person may do. A viewer (no account, no login) browses; a reporter reports on the tasks its
 * agencies lead or partner on; an editor edits places, links and task data; an admin manages accounts and
 * may do everything.
 */
public enum Role {
  VIEWER,
  REPORTER,
  EDITOR,
  ADMIN;

  /** The lower-case name stored in the database and shown in the API. */
  public String id() {
    return name().toLowerCase();
  }

  public static Role of(String id) {
    return valueOf(id.toUpperCase());
  }
}
