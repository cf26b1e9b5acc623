/**
 * Searching the article index: {@link org.akhbar.search.query.ArticleSearcher} (refreshable,
 * thread-safe), the never-throwing {@link org.akhbar.search.query.UserQueryParser}, and
 * HTML-safe snippets with {@code <mark>} highlights.
 */
package org.akhbar.search.query;
