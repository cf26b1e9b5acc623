/**
 * The article index: field names ({@link org.akhbar.search.index.Fields}), the mapping between
 * a domain article and a Lucene document ({@link org.akhbar.search.index.ArticleDocuments}) and
 * the writer whose commits carry the change-feed seq ({@link org.akhbar.search.index.ArticleIndexWriter}).
 */
package org.akhbar.search.index;
