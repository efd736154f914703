package vn.thanhhoa.planmap.http;

/**
 * A request parameter that planmap cannot accept: becomes a 400 problem naming the parameter and
 * what it allows.
 */
public class BadRequestException extends RuntimeException {
  private final String parameter;
  private final Object allowed;

  public BadRequestException(String parameter, String message, Object allowed) {
    super(message);
    this.parameter = parameter;
    this.allowed = allowed;
  }

  public BadRequestException(String parameter, String message) {
    this(parameter, message, null);
  }

  public String parameter() {
    return parameter;
  }

  public Object allowed() {
    return allowed;
  }
}
