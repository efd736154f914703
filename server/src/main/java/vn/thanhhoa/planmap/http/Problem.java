package vn.thanhhoa.planmap.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type      URI of the problem type ({@code about:blank} for plain HTTP status problems)
 * @param title     short summary, the same for every occurrence of the type
 * @param status    HTTP status code
 * @param detail    what went wrong this time, for a person
 * @param parameter the request parameter at fault, when one is
 * @param allowed   what the parameter accepts, when that helps
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String parameter, Object allowed) {

  public static final String CONTENT_TYPE = "application/problem+json";
}
