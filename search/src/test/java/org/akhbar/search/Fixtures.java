package org.akhbar.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.akhbar.domain.Article;

/** Original Arabic articles written for the search tests, one per behaviour they pin down. */
public final class Fixtures {
    private Fixtures() {}

    private static final Instant FETCHED = Instant.parse("2024-06-01T10:15:30.123456Z");

    private static Article article(String slug, String source, String title, List<String> paragraphs,
            String published, List<String> authors, String dateline, long seq) {
        return Article.create("https://" + source + ".example/news/" + slug + "?utm=rss",
                        "https://" + source + ".example/news/" + slug, source, title, paragraphs,
                        published == null ? null : OffsetDateTime.parse(published), authors, dateline, "ar", FETCHED)
                .withSeq(seq);
    }

    /** Clitics (بطنجة, لقادة, والأمن), ال47, “أنتربول”, مسؤول, 2023. */
    public static final Article CONGRESS = article("congress-47", "sahara24",
            "انطلاق المؤتمر ال47 لقادة الحماية المدنية بطنجة",
            List.of("احتضنت عاصمة البوغاز صباح الثلاثاء أشغال المؤتمر الذي يجمع رؤساء الحماية المدنية والأمن من اثنتي عشرة دولة عربية.",
                    "وأوضح مسؤول في اللجنة المنظمة أن المنظمة الدولية للشرطة الجنائية “أنتربول” تشارك بوفد تقني لعرض تجربتها.",
                    "وتستمر الأشغال ثلاثة أيام على أن تنشر التوصيات قبل نهاية سنة 2023."),
            "2023-12-05T09:30:00+01:00", List.of("هيئة التحرير"), null, 1);

    /** Teh marbuta (مدرسة), a tatweel dateline, two authors, a UTC offset. */
    public static final Article SCHOOL = article("new-school", "hespress",
            "وزارة التربية تفتتح مدرسة جديدة في العيون",
            List.of("دشنت الوزارة صباح اليوم مدرسة ابتدائية جديدة تتسع لستمائة تلميذ وتلميذة في حي الوحدة.",
                    "وتضم المؤسسة قاعة للإعلاميات ومكتبة ومطعما."),
            "2024-01-10T11:00:00Z", List.of("سعاد الإدريسي", "يوسف بنعلي"), "العيـــون", 2);

    /** مدرس (not مدرسة); الحماية and المدنية far apart. */
    public static final Article TEACHER = article("teacher", "hespress",
            "تكريم مدرس متقاعد بمراكش",
            List.of("نظمت جمعية آباء التلاميذ حفلا لتكريم مدرس قضى أربعين سنة في القسم.",
                    "وتحدث المحتفى به عن الحماية التي كان يوفرها القسم لتلاميذه في زمن صعب، وعن الروح المدنية التي حاول غرسها فيهم."),
            "2024-02-01T08:15:00+01:00", List.of(), null, 3);

    /** بالميناء: a stem-only match for الميناء. */
    public static final Article PORT_CLITIC = article("port-normal", "sahara24",
            "حركة ملاحية عادية رغم الرياح",
            List.of("سجلت مصالح المراقبة حركة عادية للسفن بالميناء خلال نهاية الأسبوع رغم الرياح القوية."),
            "2024-03-15T19:45:00+01:00", List.of(), null, 4);

    /** الميناء: the exact form. */
    public static final Article PORT_EXACT = article("port-halt", "sahara24",
            "توقف مؤقت للرحلات البحرية",
            List.of("سجلت مصالح المراقبة توقفا مؤقتا للسفن في الميناء خلال نهاية الأسبوع بسبب الرياح القوية."),
            "2024-03-16T06:00:00+01:00", List.of(), null, 5);

    /** الفيضانات in the title. */
    public static final Article FLOOD_TITLE = article("flood-title", "alyaoum",
            "الفيضانات تغمر حقولا في سهل الغرب",
            List.of("تسببت الأمطار الغزيرة في غمر مئات الهكتارات، وتدخلت السلطات لإجلاء عدد من الأسر."),
            "2024-04-02T07:00:00+01:00", List.of(), null, 6);

    /** الفيضانات in the body only. */
    public static final Article FLOOD_BODY = article("flood-body", "alyaoum",
            "السلطات تجلي أسرا من دواوير سهل الغرب",
            List.of("تسببت الفيضانات في غمر مئات الهكتارات، وتدخلت السلطات لإجلاء عدد من الأسر."),
            "2024-04-03T07:00:00+01:00", List.of(), null, 7);

    /** Markup in the text that must come back escaped. */
    public static final Article MARKUP = article("browser-flaw", "alyaoum",
            "خبراء يحذرون من ثغرة في متصفحات الإنترنت",
            List.of("نشر باحثون مثالا لشيفرة خبيثة تبدأ بالوسم <script>alert('x')</script> وتستغل الثغرة & تسرق البيانات.",
                    "ودعت الشركات المستخدمين إلى تحديث متصفحاتهم."),
            "2024-05-20T12:00:00+01:00", List.of(), null, 8);

    /** Every fixture, in seq order. */
    public static final List<Article> ALL =
            List.of(CONGRESS, SCHOOL, TEACHER, PORT_CLITIC, PORT_EXACT, FLOOD_TITLE, FLOOD_BODY, MARKUP);
}
