package vn.thanhhoa.planmap.http;

/** Something named by the request path does not exist: becomes a 404 problem. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
