package vn.thanhhoa.planmap.support;

import java.net.http.HttpResponse;

/** The media type of a response, without its parameters (charset …). */
public final class MediaType {
  private MediaType() {}

  public static String of(HttpResponse<?> response) {
    String ct = response.headers().firstValue("Content-Type").orElse("");
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).strip();
  }
}
