package org.akhbar.api.error;

/** No live article has the requested id (or the id is not even well-formed). Answers 404. */
public final class ArticleNotFoundException extends ApiException {
    public ArticleNotFoundException(String id) {
        super(ProblemType.ARTICLE_NOT_FOUND, "No article with id '" + printable(id) + "'.");
    }

    // The id comes from the URL: keep the echo short and free of control characters.
    private static String printable(String id) {
        String shown = id.length() > 64 ? id.substring(0, 64) + "…" : id;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
