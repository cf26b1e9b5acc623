package org.akhbar.tools.bench.pipeline.site;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.akhbar.tools.bench.pipeline.site.NewsSite.ArticlePage;
import org.akhbar.tools.bench.pipeline.site.NewsSite.Section;
import org.akhbar.tools.bench.pipeline.site.NewsSite.SiteSource;

/**
 * The markup of the news site: an Arabic news portal's article template (top bar, menu,
 * breaking-news ticker, breadcrumbs, the article with its h1, byline and time, share bar,
 * tags, related stories, comment box, most-read sidebar, ad slots, newsletter box, footer,
 * cookie notice), section listings, sitemaps, an RSS feed and robots.txt. All text outside
 * the corpus is written for the benchmark.
 */
final class NewsTemplate {
    private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
        "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] WEEKDAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
    /** Datelines of the archive copies. */
    private static final String[] CITIES = {"الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "أبها",
        "تبوك", "حائل", "بريدة", "جازان", "الطائف", "نجران"};
    private static final int RELATED = 4;
    private static final int MOST_READ = 5;
    private static final int LISTED = 20;
    private static final int FEED_ITEMS = 30;

    /**
     * The weight real portals carry around an article (measured pages of Arabic news sites run
     * from 40 KB to over 200 KB): critical CSS inline, a tag-manager style script, a mega menu,
     * a footer directory and icon SVGs. Built once; pages only append them.
     */
    private static final String INLINE_STYLE = inlineStyle();
    private static final String INLINE_SCRIPT = inlineScript();
    private static final String MEGA_MENU = megaMenu();
    private static final String FOOTER_DIRECTORY = footerDirectory();
    private static final String SHARE_ICONS = shareIcons();

    private final NewsSite site;

    NewsTemplate(NewsSite site) {
        this.site = site;
    }

    /** The text of an article page's paragraphs as served: copies open with their dateline. */
    List<String> paragraphs(ArticlePage page) {
        List<String> paragraphs = site.article(page).paragraphs();
        if (page.copy() == 0 || paragraphs.isEmpty()) {
            return paragraphs;
        }
        String city = CITIES[Math.floorMod(site.article(page).id().hashCode() + page.copy(), CITIES.length)];
        List<String> out = new java.util.ArrayList<>(paragraphs);
        out.set(0, city + " - " + out.get(0));
        return out;
    }

    /** The article page at place {@code at} of the source's pages. */
    String article(SiteSource source, int at, String base) {
        ArticlePage page = source.pages().get(at);
        CorpusArticle a = site.article(page);
        String url = base + page.path();
        StringBuilder h = new StringBuilder(8192 + a.text().length() * 2);
        head(h, source, a.title() + " | " + source.id(), base);
        h.append("<meta property=\"og:title\" content=\"").append(attr(a.title())).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(attr(url)).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(attr(url)).append("\">\n");
        bodyStart(h, source, base);
        h.append("<main class=\"container\">\n<div class=\"breadcrumbs\"><a href=\"/\">الرئيسية</a> &rsaquo; <a href=\"")
                .append(page.section().path()).append("\">").append(page.section().label()).append("</a></div>\n")
                .append("<article class=\"post\">\n<h1 class=\"post-title\">").append(text(a.title())).append("</h1>\n")
                .append("<div class=\"post-meta\"><span class=\"byline\">")
                .append(a.author().isEmpty() ? "فريق التحرير" : text(a.author()))
                .append("</span> <time datetime=\"").append(page.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append("\">").append(arabicDate(page.published())).append("</time></div>\n")
                .append("<div class=\"share-bar\"><span>شارك الخبر:</span> <a href=\"#\" class=\"share-x\">إكس</a>"
                        + " <a href=\"#\" class=\"share-fb\">فيسبوك</a> <a href=\"#\" class=\"share-wa\">واتساب</a>"
                        + " <a href=\"#\" class=\"share-print\">طباعة</a>").append(SHARE_ICONS).append("</div>\n")
                .append("<div class=\"post-body\">\n");
        for (String p : paragraphs(page)) {
            h.append("<p>").append(text(p)).append("</p>\n");
        }
        h.append("</div>\n<div class=\"post-tags\">الوسوم: <a href=\"").append(page.section().path()).append("\">")
                .append(page.section().label()).append("</a> <a href=\"/section/local\">أخبار</a></div>\n</article>\n");
        h.append("<section class=\"related\"><h2>أخبار ذات صلة</h2><ul>\n");
        for (int i = 1; i <= RELATED; i++) {
            teaserItem(h, source, source.pages().get(Math.floorMod(at + i, source.pages().size())), false);
        }
        h.append("</ul></section>\n")
                .append("<section class=\"comments\" id=\"comments\"><h2>التعليقات</h2>\n"
                        + "<p class=\"comments-empty\">لا توجد تعليقات بعد، كن أول من يعلق على هذا الخبر.</p>\n"
                        + "<form class=\"comment-form\" method=\"post\" action=\"/comments\"><label>الاسم <input name=\"name\"></label>\n"
                        + "<label>التعليق <textarea name=\"body\"></textarea></label><button type=\"submit\">إرسال التعليق</button>\n"
                        + "<small>التعليقات تعبر عن آراء أصحابها ولا تعبر عن رأي الصحيفة.</small></form></section>\n</main>\n");
        sidebar(h, source, at);
        bodyEnd(h, source);
        return h.toString();
    }

    String home(SiteSource source, String base) {
        StringBuilder h = new StringBuilder(16384);
        head(h, source, source.id() + " | الصفحة الرئيسية", base);
        bodyStart(h, source, base);
        h.append("<main class=\"container home\"><h1 class=\"visually-hidden\">").append(source.id()).append("</h1>\n<ul class=\"latest\">\n");
        for (int i = 0; i < Math.min(LISTED, source.pages().size()); i++) {
            teaserItem(h, source, source.pages().get(i), true);
        }
        h.append("</ul></main>\n");
        sidebar(h, source, 0);
        bodyEnd(h, source);
        return h.toString();
    }

    String section(SiteSource source, Section section, String base) {
        StringBuilder h = new StringBuilder(16384);
        head(h, source, section.label() + " | " + source.id(), base);
        h.append("<meta property=\"og:title\" content=\"").append(section.label()).append("\">\n");
        bodyStart(h, source, base);
        h.append("<main class=\"container listing\"><h1 class=\"section-title\">").append(section.label())
                .append("</h1>\n<ul class=\"teasers\">\n");
        int listed = 0;
        for (ArticlePage p : source.pages()) {
            if (p.section() == section) {
                teaserItem(h, source, p, true);
                if (++listed == LISTED) {
                    break;
                }
            }
        }
        h.append("</ul>\n<div class=\"pager\"><a href=\"").append(section.path()).append("?page=2\">الصفحة التالية</a></div></main>\n");
        sidebar(h, source, 0);
        bodyEnd(h, source);
        return h.toString();
    }

    String sitemapIndex(SiteSource source, String base) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        x.append("<sitemap><loc>").append(base).append("/sitemaps/sections.xml</loc></sitemap>\n");
        for (int n = 1; n <= source.articleSitemaps(); n++) {
            x.append("<sitemap><loc>").append(base).append("/sitemaps/articles-").append(n).append(".xml</loc></sitemap>\n");
        }
        return x.append("</sitemapindex>\n").toString();
    }

    /** Sitemap number {@code n} (1-based) of the source's articles, or null past the last. */
    String articleSitemap(SiteSource source, int n, String base) {
        int from = (n - 1) * NewsSite.URLS_PER_SITEMAP;
        if (n < 1 || from >= Math.max(1, source.pages().size())) {
            return null;
        }
        StringBuilder x = urlsetStart();
        int to = Math.min(source.pages().size(), from + NewsSite.URLS_PER_SITEMAP);
        for (ArticlePage p : source.pages().subList(from, to)) {
            x.append("<url><loc>").append(base).append(xml(p.path())).append("</loc><lastmod>")
                    .append(p.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("</lastmod></url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    String sectionSitemap(SiteSource source, String base) {
        StringBuilder x = urlsetStart();
        for (String path : source.sectionPaths()) {
            x.append("<url><loc>").append(base).append(path).append("</loc><changefreq>hourly</changefreq></url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    String feed(SiteSource source, String base) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n");
        x.append("<title>").append(xml(source.id())).append("</title><link>").append(base).append("/</link>\n")
                .append("<description>آخر الأخبار</description><language>ar</language>\n");
        for (ArticlePage p : source.pages().subList(0, Math.min(FEED_ITEMS, source.pages().size()))) {
            CorpusArticle a = site.article(p);
            x.append("<item><title>").append(xml(a.title())).append("</title><link>").append(base).append(xml(p.path()))
                    .append("</link><pubDate>").append(p.published().format(DateTimeFormatter.RFC_1123_DATE_TIME))
                    .append("</pubDate></item>\n");
        }
        return x.append("</channel></rss>\n").toString();
    }

    String robots(String base) {
        return "User-agent: *\nDisallow: /search\nDisallow: /comments\n\nSitemap: " + base + "/sitemap.xml\n";
    }

    private static StringBuilder urlsetStart() {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    }

    private void head(StringBuilder h, SiteSource source, String title, String base) {
        h.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(text(title)).append("</title>\n")
                .append("<meta property=\"og:site_name\" content=\"").append(attr(source.id())).append("\">\n")
                .append("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"").append(base).append("/feed.xml\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n")
                .append(INLINE_STYLE).append(INLINE_SCRIPT);
    }

    private void bodyStart(StringBuilder h, SiteSource source, String base) {
        h.append("</head>\n<body class=\"rtl\">\n")
                .append("<div class=\"top-bar\"><span class=\"today\">أسعار العملات | حالة الطقس</span>"
                        + " <a href=\"/login\">دخول</a> <a href=\"/subscribe\">اشترك</a></div>\n")
                .append("<header class=\"site-header\"><a class=\"logo\" href=\"").append(base).append("/\">")
                .append(text(source.id())).append("</a>\n<nav class=\"main-menu\"><ul><li><a href=\"/\">الرئيسية</a></li>");
        for (Section s : Section.values()) {
            h.append("<li><a href=\"").append(s.path()).append("\">").append(s.label()).append("</a></li>");
        }
        h.append("<li><a href=\"/video\">فيديو</a></li></ul>\n").append(MEGA_MENU).append("</nav>\n")
                .append("<form class=\"search-form\" action=\"/search\"><input name=\"q\" placeholder=\"ابحث في الموقع\"><button>بحث</button></form></header>\n")
                .append("<div class=\"ad-slot ad-leaderboard\">advertisement header</div>\n")
                .append("<div class=\"breaking\"><strong>عاجل:</strong> <a href=\"")
                .append(source.pages().isEmpty() ? "/" : source.pages().getFirst().path()).append("\">")
                .append(source.pages().isEmpty() ? "" : text(site.article(source.pages().getFirst()).title()))
                .append("</a></div>\n");
    }

    private void sidebar(StringBuilder h, SiteSource source, int at) {
        h.append("<aside class=\"sidebar\"><div class=\"ad-slot ad-box\">advertisement sidebar</div>\n<h3>الأكثر قراءة</h3><ol>\n");
        int n = source.pages().size();
        for (int i = 0; i < Math.min(MOST_READ, n); i++) {
            ArticlePage p = source.pages().get(Math.floorMod(at * 7 + i * 13 + 5, n));
            h.append("<li><a href=\"").append(p.path()).append("\">").append(text(site.article(p).title())).append("</a></li>\n");
        }
        h.append("</ol>\n<div class=\"newsletter\"><h3>النشرة البريدية</h3><p>اشترك ليصلك ملخص أهم الأخبار صباح كل يوم.</p>"
                + "<form action=\"/subscribe\"><input name=\"email\" placeholder=\"بريدك الإلكتروني\"><button>اشتراك</button></form></div></aside>\n");
    }

    private void bodyEnd(StringBuilder h, SiteSource source) {
        h.append("<footer class=\"site-footer\"><ul><li><a href=\"/about\">من نحن</a></li><li><a href=\"/contact\">اتصل بنا</a></li>"
                        + "<li><a href=\"/privacy\">سياسة الخصوصية</a></li><li><a href=\"/ads\">أعلن معنا</a></li></ul>\n")
                .append(FOOTER_DIRECTORY).append("<p>جميع الحقوق محفوظة &copy; ")
                .append(text(source.id()))
                .append("</p></footer>\n<div class=\"cookie-notice\">نستخدم ملفات تعريف الارتباط لتحسين تجربتك في الموقع. <button>موافق</button></div>\n"
                        + "<script src=\"/assets/site.js\" defer></script>\n</body>\n</html>\n");
    }

    private void teaserItem(StringBuilder h, SiteSource source, ArticlePage p, boolean withExcerpt) {
        CorpusArticle a = site.article(p);
        h.append("<li class=\"teaser\"><a href=\"").append(p.path()).append("\">").append(text(a.title())).append("</a>");
        if (withExcerpt) {
            List<String> paragraphs = paragraphs(p);
            String excerpt = paragraphs.isEmpty() ? "" : paragraphs.getFirst();
            if (excerpt.length() > 140) {
                excerpt = excerpt.substring(0, 140) + "…";
            }
            h.append(" <time datetime=\"").append(p.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\">")
                    .append(arabicDate(p.published())).append("</time><p class=\"excerpt\">").append(text(excerpt)).append("</p>");
        }
        h.append("</li>\n");
    }

    private static String inlineStyle() {
        StringBuilder css = new StringBuilder("<style>\n");
        String[] blocks = {"top-bar", "site-header", "logo", "main-menu", "mega-menu", "search-form", "ad-slot", "breaking",
            "container", "breadcrumbs", "post", "post-title", "post-meta", "byline", "share-bar", "post-body", "post-tags",
            "related", "teaser", "comments", "comment-form", "sidebar", "newsletter", "site-footer", "footer-directory",
            "cookie-notice", "pager", "excerpt"};
        for (String b : blocks) {
            css.append('.').append(b).append("{display:block;margin:0 auto;padding:.5rem 1rem;font-family:\"Noto Naskh Arabic\",Tahoma,sans-serif;"
                    + "line-height:1.8;color:#1b1b1b;background:#fff;border-bottom:1px solid #e5e5e5}\n")
                    .append('.').append(b).append(" a{color:#0b5394;text-decoration:none}.").append(b)
                    .append(" a:hover{text-decoration:underline}\n");
        }
        return css.append("@media (max-width:768px){.sidebar{display:none}.mega-menu{display:none}}\n</style>\n").toString();
    }

    private static String inlineScript() {
        StringBuilder js = new StringBuilder("<script>\n(function(w,d){w.siteConfig={lang:\"ar\",dir:\"rtl\",ads:true};\n"
                + "w.dataLayer=w.dataLayer||[];function push(e,p){w.dataLayer.push(Object.assign({event:e,ts:Date.now()},p||{}));}\n");
        String[] slots = {"leaderboard", "sidebar", "inarticle", "footer", "sticky"};
        for (String slot : slots) {
            js.append("w.adSlots=w.adSlots||{};w.adSlots[\"").append(slot)
                    .append("\"]={sizes:[[728,90],[300,250],[320,50]],refresh:30000,lazy:true,targeting:{section:d.body?d.body.className:\"\"}};\n");
        }
        js.append("d.addEventListener(\"DOMContentLoaded\",function(){push(\"page_view\",{path:location.pathname});\n"
                + "var links=d.querySelectorAll(\"a[href^='http']\");for(var i=0;i<links.length;i++){links[i].addEventListener(\"click\","
                + "function(e){push(\"outbound\",{href:e.currentTarget.href});});}});\n})(window,document);\n</script>\n");
        return js.toString();
    }

    private static String megaMenu() {
        String[][] groups = {
            {"محليات", "الرياض", "مكة المكرمة", "المنطقة الشرقية", "القصيم", "عسير", "تبوك", "حائل", "الجوف"},
            {"اقتصاد", "أسواق المال", "العقار", "الطاقة", "البنوك", "الشركات", "ريادة الأعمال", "العملات", "الذهب"},
            {"دوليات", "الخليج", "العالم العربي", "أوروبا", "آسيا", "أفريقيا", "الأمريكتان", "تقارير", "حوارات"},
            {"رياضة", "كرة القدم", "الدوري السعودي", "المنتخبات", "كرة السلة", "ألعاب القوى", "الفروسية", "السيارات", "رياضات أخرى"},
            {"ثقافة وفنون", "كتب", "مسرح", "سينما", "تشكيل", "تراث", "شعر", "موسيقى", "معارض"},
            {"منوعات", "صحة", "تقنية", "سفر", "مطبخ", "أسرة", "علوم", "بيئة", "صور"}};
        StringBuilder m = new StringBuilder("<div class=\"mega-menu\">\n");
        for (String[] g : groups) {
            m.append("<div class=\"mega-col\"><h4>").append(g[0]).append("</h4><ul>");
            for (int i = 1; i < g.length; i++) {
                m.append("<li><a href=\"/tag/").append(i).append('-').append(Math.abs(g[i].hashCode())).append("\">")
                        .append(g[i]).append("</a></li>");
            }
            m.append("</ul></div>\n");
        }
        return m.append("</div>\n").toString();
    }

    private static String footerDirectory() {
        String[] links = {"الأرشيف", "خريطة الموقع", "النسخة المطبوعة", "الإصدارات", "الملاحق", "الكتاب", "الوظائف",
            "الشروط والأحكام", "الأسئلة الشائعة", "الإعلانات المبوبة", "تطبيق الجوال", "النشرات", "البودكاست", "الوسائط",
            "فريق العمل", "المراسلون", "الجوائز", "الشراكات", "ميثاق التحرير", "تصحيحات"};
        StringBuilder f = new StringBuilder("<div class=\"footer-directory\"><ul>");
        for (int i = 0; i < links.length; i++) {
            f.append("<li><a href=\"/page/").append(i + 1).append("\">").append(links[i]).append("</a></li>");
        }
        f.append("</ul><div class=\"apps\">حمّل تطبيقنا على الجوال</div><div class=\"social\">تابعنا على منصات التواصل</div></div>\n");
        return f.toString();
    }

    private static String shareIcons() {
        StringBuilder svg = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            svg.append("<svg class=\"icon\" viewBox=\"0 0 24 24\" width=\"18\" height=\"18\" aria-hidden=\"true\"><path d=\"M")
                    .append(3 + i).append(" 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0zm").append(4 + i)
                    .append(" 0h10v1h-10zm5 -5v10h1v-10z\" fill=\"currentColor\"/></svg>");
        }
        return svg.toString();
    }

    static String arabicDate(OffsetDateTime t) {
        return WEEKDAYS[t.getDayOfWeek().getValue() - 1] + " " + t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1]
                + " " + t.getYear() + " - " + String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    /** Escapes text for an HTML text node. */
    static String text(String s) {
        return escape(s, false);
    }

    /** Escapes text for a double-quoted HTML attribute. */
    static String attr(String s) {
        return escape(s, true);
    }

    static String xml(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean quotes) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> quotes ? "&quot;" : null;
                default -> null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (rep != null) {
                    out.append(rep);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
