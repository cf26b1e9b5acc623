package org.akhbar.tools;

/** Small pages written for the tools' tests. */
public final class TestPages {

    private TestPages() {}

    public static final String HEADLINE = "افتتاح سوق أسبوعية للمنتجات الفلاحية في مدينة تازة";

    public static final String[] PARAGRAPHS = {
        "افتتحت السلطات المحلية في مدينة تازة صباح السبت سوقا أسبوعية جديدة مخصصة للمنتجات الفلاحية، "
                + "بعد أشهر من الأشغال التي شملت تهيئة الممرات وتجهيز الأروقة بالماء والكهرباء.",
        "وقال رئيس الجماعة إن السوق تضم أكثر من مئة وعشرين محلا، وإن الأولوية في كرائها أعطيت للتعاونيات "
                + "النسائية وصغار الفلاحين القادمين من الدواوير المجاورة، حتى يبيعوا محاصيلهم دون وسطاء.",
        "وعبر عدد من الباعة عن ارتياحهم للموقع الجديد، مؤكدين أن السوق القديمة كانت تغمرها مياه الأمطار كل شتاء، "
                + "وأن الزبائن كانوا يجدون صعوبة في الوصول إليها بسبب ضيق الطريق.",
        "ومن المنتظر أن تفتح السوق أبوابها كل يوم سبت من السادسة صباحا إلى الثانية بعد الزوال، على أن تنظم "
                + "الجماعة حملة للتعريف بها في الإذاعة المحلية خلال الأسابيع المقبلة.",
    };

    /** A news page in the WordPress style: headline, time, body paragraphs, a sidebar of links. */
    public static String arabicArticle() {
        StringBuilder body = new StringBuilder();
        for (String p : PARAGRAPHS) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="ar" dir="rtl"><head><meta charset="utf-8">
                <title>%s | جريدة الأطلس</title>
                <meta property="og:title" content="%s">
                <meta property="article:published_time" content="2026-11-28T09:30:00+01:00">
                <script>var trackers = ["<p>not text</p>"];</script>
                </head><body>
                <nav class="main-menu"><a href="/">الرئيسية</a> <a href="/region">جهات</a></nav>
                <article class="post">
                <h1 class="entry-title">%s</h1>
                <div class="entry-content">
                %s</div>
                </article>
                <aside class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/a">خبر أول</a></li><li><a href="/b">خبر ثان</a></li></ul></aside>
                </body></html>
                """.formatted(HEADLINE, HEADLINE, HEADLINE, body);
    }

    /** A section page: a list of teaser links, no article. */
    public static String sectionPage() {
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            links.append("<li><a href=\"/news/").append(i).append("\">عنوان الخبر رقم ").append(i).append(" في قسم الجهات</a></li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="ar"><head><meta charset="utf-8"><title>جهات | جريدة الأطلس</title>
                <meta property="og:type" content="website"></head>
                <body><h1>جهات</h1><ul class="news-list">
                %s</ul></body></html>
                """.formatted(links);
    }
}
