package org.akhbar.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.domain.Article;
import org.akhbar.search.index.ArticleIndexWriter;

/**
 * A small corpus of original Arabic articles written for these tests, and the index built
 * from it. Every article mentions "المنطقة" so that filters can be tested on one query; the
 * caravan series shares "القافلة" for paging.
 */
public final class NewsFixture {
    private static final Instant FETCHED = Instant.parse("2025-12-07T08:00:00Z");

    /** Mentions Tangier only with a clitic ("بطنجة", "لطنجة"), never bare. */
    public static final Article PORTS = Article.create(
            "https://wadi.example/2025/12/ports-forum?utm=rss",
            "https://wadi.example/2025/12/ports-forum",
            "wadi",
            "افتتاح ملتقى دولي للموانئ المتوسطية بطنجة",
            List.of(
                    "احتضنت عاصمة البوغاز صباح الجمعة ملتقى دوليا حول مستقبل الموانئ في المنطقة، بمشاركة خبراء من اثنتي عشرة دولة.",
                    "وناقش المشاركون سبل تطوير النقل البحري والحد من انبعاثات السفن، إلى جانب رقمنة خدمات الشحن.",
                    "وقال رئيس الجلسة إن الموقع الجغرافي لطنجة يجعلها بوابة طبيعية بين القارتين."),
            OffsetDateTime.parse("2025-12-05T10:15:00+01:00"),
            List.of("سلمى الإدريسي", "كريم بناني"),
            "طنجة",
            "ar",
            FETCHED);

    /** Published 00:30 at +01:00 on 6 December, which is still 5 December in UTC. */
    public static final Article RAIN = Article.create(
            "https://wadi.example/2025/12/rain-dams",
            "https://wadi.example/2025/12/rain-dams",
            "wadi",
            "أمطار غزيرة تنعش سدود الشمال",
            List.of(
                    "شهدت المنطقة الشمالية تساقطات مطرية مهمة خلال الأيام الأخيرة، رفعت نسبة ملء السدود.",
                    "ويأمل الفلاحون أن تنعكس هذه الأمطار على الموسم الزراعي المقبل."),
            OffsetDateTime.parse("2025-12-06T00:30:00+01:00"),
            List.of(),
            "تطوان",
            "ar",
            FETCHED);

    /** Another source, a different month, no dateline and no date. */
    public static final Article DATES = Article.create(
            "https://qadim.example/oasis-dates",
            "https://qadim.example/oasis-dates",
            "qadim",
            "مهرجان التمور يعود إلى الواحة",
            List.of(
                    "عاد مهرجان التمور هذه السنة إلى واحات المنطقة بعد غياب دام ثلاث سنوات.",
                    "وعرض الفلاحون أصنافا نادرة من التمر إلى جانب منتجات الصناعة التقليدية."),
            null,
            List.of("ياسين العلوي"),
            null,
            "ar",
            FETCHED);

    private static final String[] TOWNS = {
        "أزيلال", "ميدلت", "تنغير", "الرشيدية", "فكيك", "جرادة", "تاونات", "شفشاون", "وزان", "الحسيمة", "إفران", "خنيفرة"
    };

    /** Twelve reports of a medical caravan, one per day in October 2025, for paging. */
    public static final List<Article> CARAVAN = caravan();

    private NewsFixture() {}

    public static List<Article> all() {
        List<Article> all = new ArrayList<>(List.of(PORTS, RAIN, DATES));
        all.addAll(CARAVAN);
        return all;
    }

    /** A new temporary folder named after {@code prefix} holding the whole corpus as a committed index. */
    public static Path writeTempIndex(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            writeIndex(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the whole corpus into a new index in {@code dir} and commits it. */
    public static void writeIndex(Path dir) {
        write(dir, all(), all().size());
    }

    /** Adds {@code articles} to the index in {@code dir} and commits them as {@code seq}. */
    public static void write(Path dir, List<Article> articles, long seq) {
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(dir)) {
            long s = writer.committedSeq();
            for (Article a : articles) {
                writer.apply(a.withSeq(++s));
            }
            writer.commit(Math.max(seq, s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Article> caravan() {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < TOWNS.length; i++) {
            String town = TOWNS[i];
            list.add(Article.create(
                    "https://sahil.example/caravan/" + (i + 1),
                    "https://sahil.example/caravan/" + (i + 1),
                    "sahil",
                    "القافلة الطبية تحط رحالها في " + town,
                    List.of(
                            "استقبلت " + town + " القافلة الطبية المتنقلة التي تجوب المنطقة منذ بداية الشهر.",
                            "وقدم الأطباء المتطوعون فحوصا مجانية لمئات المرضى من القرى المجاورة."),
                    OffsetDateTime.parse(String.format("2025-10-%02dT09:00:00+01:00", i + 1)),
                    List.of(),
                    town,
                    "ar",
                    FETCHED));
        }
        return List.copyOf(list);
    }
}
