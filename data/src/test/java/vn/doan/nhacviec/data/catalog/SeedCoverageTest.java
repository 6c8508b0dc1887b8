package vn.doan.nhacviec.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.data.catalog.Completion.CompletionKind;
import vn.doan.nhacviec.data.catalog.Recurrence.Frequency;
import vn.doan.nhacviec.data.unit.Level;

/**
 * The reviewer's checklist: every dated or periodic duty of the five seed plans, one entry each,
 * with the obligation that carries it. Duties a seed repeats in a second section are listed under
 * {@link #ALSO_AT}; duties judged not dated or periodic are listed under {@link #SKIPPED} with the
 * reason.
 */
class SeedCoverageTest {

    static final String KG_2012 = "002_3a41428109407d42.txt"; // 250 KH/TĐTN, Nghị quyết TW 4 khóa XI
    static final String KG_2014 = "000_787e1a27f921d241.txt"; // 76-KH/TĐTN-VP, công tác dân vận
    static final String KG_2021 = "001_0477364d644b4f7b.txt"; // NQ Đại hội XIII, nhiệm kỳ 2020-2025
    static final String TN_2020 = "004_e845c22f02dbc2b5.txt"; // "Năm dân vận khéo" 2020
    static final String TN_2021 = "003_a6126f333eeb2043.txt"; // Chỉ thị 06-CT/TU

    /** Seeds are outside the repository; the verbatim check runs only where they are present. */
    static final Path SEEDS = Path.of(System.getProperty("nhacviec.seeds", "../../shared/seeds"));

    /**
     * One duty: where the seed writes it, which obligation carries it, who, when, what counts as done.
     * {@code when} reads "every month", "before 15/05 every year", "every year within 01/01-31/03",
     * "every 2 years from 2021", "once before 30/08/2012"; {@code done} reads "yes_no" or
     * "quantity 300000 cây subtree".
     */
    record Duty(String file, String section, String quote, String code, String levels, String when, String done) {
    }

    static Duty duty(String file, String section, String quote, String code, String levels, String when,
            String done) {
        return new Duty(file, section, quote, code, levels, when, done);
    }

    static final List<Duty> DUTIES = List.of(
            // ------------------------------------------------------------ Kiên Giang 2012, 250 KH/TĐTN
            duty(KG_2012, "II.1", "Hội nghị quán triệt và thảo luận về kế hoạch thực hiện Nghị quyết tháng 8/2012",
                    "KG250-HN-QUANTRIET", "tinh", "once before 01/09/2012", "yes_no"),
            duty(KG_2012, "II.4.1", "Hoàn thành trước ngày 30/8/2012.",
                    "KG250-LAYYKIEN", "tinh", "once before 30/08/2012", "yes_no"),
            duty(KG_2012, "II.4.1", "Hoàn thành trước ngày 25/9/2012.",
                    "KG250-KIEMDIEM", "tinh", "once before 25/09/2012", "yes_no"),
            duty(KG_2012, "II.4.1", "Hoàn thành trước ngày 30/9/2012.",
                    "KG250-BC-KIEMDIEM", "tinh", "once before 30/09/2012", "yes_no"),
            duty(KG_2012, "III.2", "báo cáo về Tỉnh Đoàn (qua Ban Tổ chức-Kiểm tra Tỉnh Đoàn)",
                    "KG250-BC-HUYEN", "huyen", "once before 01/01/2013", "yes_no"),

            // ------------------------------------------------------------ Kiên Giang 2014, 76-KH/TĐTN-VP
            duty(KG_2014, "III.2", "Báo cáo 6 tháng gửi trước ngày 15/5",
                    "KG76-BC-6THANG", "huyen", "before 15/05 every year", "yes_no"),
            duty(KG_2014, "III.2", "báo cáo năm gửi trước ngày 15/11",
                    "KG76-BC-NAM", "huyen", "before 15/11 every year", "yes_no"),
            duty(KG_2014, "III.2", "Xây dựng từ 01 đến 02 mô hình điểm về công tác dân vận khéo",
                    "KG76-MOHINH-DVK", "huyen", "once before 01/01/2015", "quantity 1 mô hình unit"),
            duty(KG_2014, "II.1", "Định kỳ tổ chức đối thoại giữa lãnh đạo cấp ủy, Bí thư Đoàn và ĐVTN",
                    "KG76-DOITHOAI", "tinh,huyen,co_so", "every year", "yes_no"),
            duty(KG_2014, "II.4", "định kỳ tổ chức Hội thi Bí thư Chi đoàn giỏi",
                    "KG76-HOITHI-BTCD", "tinh,huyen", "every year", "yes_no"),
            duty(KG_2014, "II.4", "Hàng năm lựa chọn, bồi dưỡng, giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp.",
                    "KG76-GIOITHIEU-DVUT", "co_so", "every year", "yes_no"),
            duty(KG_2014, "III.1", "Định kỳ tổ chức sơ, tổng kết, rút kinh nghiệm",
                    "KG76-SOKET", "tinh", "every year", "yes_no"),

            // ------------------------------------------------------------ Kiên Giang 2021, NQ Đại hội XIII
            duty(KG_2021, "II.1", "Phấn đấu hàng năm có 100% cán bộ Đoàn, 95% đoàn viên, 85% hội viên, 70% thanh niên",
                    "KG21-QUANTRIET", "huyen", "every year", "yes_no"),
            duty(KG_2021, "II.1", "Hàng năm hỗ trợ kinh phí để xây dựng 18 mô hình phát triển kinh tế",
                    "KG21-MOHINH-KINHTE", "tinh,huyen", "every year", "quantity 18 mô hình subtree"),
            duty(KG_2021, "II.1", "20 dự án khởi nghiệp sáng tạo của thanh niên",
                    "KG21-DUAN-KHOINGHIEP", "tinh,huyen", "every year", "quantity 20 dự án subtree"),
            duty(KG_2021, "II.1", "ít nhất 02 hoạt động/năm tham gia bảo vệ môi trường",
                    "KG21-MOITRUONG", "tinh,huyen,co_so", "every year", "quantity 2 hoạt động unit"),
            duty(KG_2021, "II.1", "Trồng mới 300.000 cây xanh.",
                    "KG21-TRONGCAY", "tinh,huyen", "once before 01/01/2026", "quantity 300000 cây subtree"),
            duty(KG_2021, "II.1", "tư vấn hướng nghiệp cho ít nhất 150.000 lượt thanh thiếu niên",
                    "KG21-HUONGNGHIEP", "tinh,huyen", "once before 01/01/2026",
                    "quantity 150000 lượt thanh thiếu niên subtree"),
            duty(KG_2021, "II.1", "dạy nghề 20.000 thanh niên",
                    "KG21-DAYNGHE", "tinh,huyen", "once before 01/01/2026", "quantity 20000 thanh niên subtree"),
            duty(KG_2021, "II.1", "giới thiệu việc làm cho ít nhất 25.000 thanh niên",
                    "KG21-VIECLAM", "tinh,huyen", "once before 01/01/2026", "quantity 25000 thanh niên subtree"),
            duty(KG_2021, "II.1", "hiện thực hóa ít nhất 3.500 ý tưởng, sáng kiến",
                    "KG21-YTUONG", "tinh,huyen", "once before 01/01/2026", "quantity 3500 ý tưởng, sáng kiến subtree"),
            duty(KG_2021, "II.1", "xây dựng và duy trì hoạt động được ít nhất 01 mô hình, giải pháp tư vấn",
                    "KG21-MOHINH-YEUTHE", "co_so+dia_ban_dan_cu", "every year", "yes_no"),
            duty(KG_2021, "II.1", "100% Đoàn xã, phường, thị trấn có điểm vui chơi dành cho thiếu nhi.",
                    "KG21-DIEM-VUICHOI", "co_so+dia_ban_dan_cu", "once before 01/01/2026", "yes_no"),
            duty(KG_2021, "II.1", "ít nhất 77.000 lượt thiếu nhi có hoàn cảnh khó khăn",
                    "KG21-THIEUNHI-KHOKHAN", "tinh,huyen", "once before 01/01/2026", "quantity 77000 lượt thiếu nhi subtree"),
            duty(KG_2021, "II.1", "có ít nhất 02 hoạt động/năm nâng cao năng lực ngoại ngữ",
                    "KG21-NGOAINGU", "tinh,huyen", "every year", "quantity 2 hoạt động unit"),
            duty(KG_2021, "II.1", "Kết nạp 120.000 đoàn viên",
                    "KG21-KETNAP", "huyen", "once before 01/01/2026", "quantity 120000 đoàn viên subtree"),
            duty(KG_2021, "II.1", "tỷ lệ đoàn kết tập hợp thanh niên đạt trên 65%",
                    "KG21-TAPHOP-65", "tinh,huyen", "once before 01/01/2026", "yes_no"),
            duty(KG_2021, "II.1", "Giới thiệu 16.000 đoàn viên ưu tú cho Đảng",
                    "KG21-GIOITHIEU-DVUT", "huyen", "once before 01/01/2026", "quantity 16000 đoàn viên ưu tú subtree"),
            duty(KG_2021, "II.2.4", "tổ chức có hiệu quả công tác quốc tế thanh niên hàng năm",
                    "KG21-QUOCTE", "huyen", "every year", "yes_no"),
            duty(KG_2021, "IV.2", "Báo cáo định kỳ việc triển khai kế hoạch này",
                    "KG21-BC-6THANG", "huyen", "before 15/05 every year", "yes_no"),
            duty(KG_2021, "IV.2", "Báo cáo định kỳ việc triển khai kế hoạch này",
                    "KG21-BC-NAM", "huyen", "before 15/11 every year", "yes_no"),

            // ------------------------------------------------------------ Tây Ninh 2021, Chỉ thị 06-CT/TU
            duty(TN_2021, "II.1", "ít nhất 01 lớp tập huấn bồi dưỡng chức danh",
                    "TN21-TAPHUAN-TINH", "tinh", "every year", "yes_no"),
            duty(TN_2021, "II.2", "Thực hiện định kỳ 2 năm/lần.",
                    "TN21-TUYENDUONG-2NAM", "tinh", "every 2 years from 2021", "yes_no"),
            duty(TN_2021, "II.3", "đi công tác tại cơ sở từ 60 ngày trở lên",
                    "TN21-DICOSO-60NGAY", "tinh", "every year", "quantity 60 ngày mỗi cán bộ chuyên trách unit"),
            duty(TN_2021, "II.5", "ít nhất 01 cuộc kiểm tra hoặc giám sát chuyên đề",
                    "TN21-KIEMTRA-NAM", "tinh", "every year", "yes_no"),
            duty(TN_2021, "II.6", "Mở ít nhất 01 lớp tập huấn, bồi dưỡng kỹ năng, nghiệp vụ",
                    "TN21-TAPHUAN-HUYEN", "huyen", "every year", "yes_no"),
            duty(TN_2021, "II.7", "Thực hiện ít nhất 01 hoạt động/năm.",
                    "TN21-DOITHOAI-HUYEN", "huyen", "every year", "yes_no"),
            duty(TN_2021, "II.8", "rà soát tình hình đoàn viên, thanh niên trên địa bàn: Quý I hằng năm.",
                    "TN21-RASOAT-QUY1", "co_so", "every year within 01/01-31/03", "yes_no"),
            duty(TN_2021, "II.9", "Thực hiện ít nhất 01 lần/quý.",
                    "TN21-HOATDONG-QUY", "co_so", "every quarter", "yes_no"),
            duty(TN_2021, "III.1.1", "xây dựng chương trình tập huấn, bồi dưỡng hằng năm",
                    "TN21-CT-BOIDUONG", "tinh", "every year", "yes_no"),
            duty(TN_2021, "III.1.1", "rà soát đoàn viên, hội viên ảo định kỳ hằng năm",
                    "TN21-RASOAT-DVAO", "tinh", "every year", "yes_no"),
            duty(TN_2021, "III.1.1", "Xây dựng kế hoạch hằng năm để đề ra giải pháp thực hiện đạt chỉ tiêu trong Đề án 08-ĐA/TU",
                    "TN21-KH-DEAN08", "tinh", "every year", "yes_no"),
            duty(TN_2021, "III.1.1", "Hằng năm, hướng dẫn các cấp bộ Đoàn thực hiện tốt và đúng quy định công tác kết nạp đoàn viên",
                    "TN21-HD-KETNAP", "tinh", "every year", "yes_no"),
            duty(TN_2021, "III.1.2", "luân phiên tham dự các lớp cảm tình Đoàn",
                    "TN21-LOP-CAMTINH", "huyen", "every year", "yes_no"),
            duty(TN_2021, "III.1.2", "Tổ chức hoạt động “Ngày đoàn viên” hằng năm",
                    "TN21-NGAY-DOANVIEN", "huyen", "every year", "yes_no"),
            duty(TN_2021, "III.1.3", "Tổ chức nhận xét đánh giá, xếp loại đoàn viên",
                    "TN21-XEPLOAI-DV", "chi_doan", "every year", "yes_no"),
            duty(TN_2021, "III.2.1", "Phân đầu hằng năm có sự đổi mới trong công tác tuyên truyền",
                    "TN21-DOIMOI-NAM", "tinh", "every year", "yes_no"),
            duty(TN_2021, "III.2.2", "Duy trì họp giao ban với Đoàn cấp xã, phường, thị trấn",
                    "TN21-GIAOBAN-QUY", "huyen", "every quarter", "yes_no"),
            duty(TN_2021, "III.2.3", "Tổ chức sinh hoạt chi đoàn đúng Điều lệ Đoàn (1 tháng/lần)",
                    "DL-SH-CHIDOAN-THANG", "chi_doan-bien_gioi", "every month", "yes_no"),
            duty(TN_2021, "III.2.3", "họp Ban Chấp hành Chi đoàn mỗi tháng/lần.",
                    "TN21-HOP-BCH-CHIDOAN", "chi_doan", "every month", "yes_no"),
            duty(TN_2021, "III.2.3", "đảm bảo ít nhất 3 tháng sinh hoạt/lần theo quy định.",
                    "TN21-SH-CHIDOAN-BIENGIOI", "chi_doan+bien_gioi", "every quarter", "yes_no"),
            duty(TN_2021, "III.2.3", "đến năm 2022, có 100% chi đoàn địa bàn dân cư duy trì được chế độ sinh hoạt",
                    "TN21-SH-DINHKY-2022", "co_so+dia_ban_dan_cu", "once before 01/01/2023", "yes_no"),
            duty(TN_2021, "III.3.1", "Định kỳ hằng năm, thực hiện đảm bảo công tác quy hoạch",
                    "TN21-QUYHOACH-CANBO", "tinh", "every year", "yes_no"),
            duty(TN_2021, "III.3.2", "Đầu năm, Đoàn các huyện, thị, thành phố đăng ký nội dung làm việc với cấp ủy xã",
                    "TN21-DANGKY-LAMVIEC", "huyen", "every year within 01/01-31/03", "yes_no"),
            duty(TN_2021, "IV.1", "Định kỳ sơ kết, tổng kết đánh giá kết quả triển khai thực hiện.",
                    "TN21-SOKET", "tinh", "every year", "yes_no"),
            duty(TN_2021, "IV.2", "Trong kế hoạch thực hiện công tác đoàn và phong trào thanh thiếu nhi hằng năm",
                    "TN21-GIAIPHAP-KH-NAM", "huyen", "every year", "yes_no"),
            duty(TN_2021, "IV.2", "trước ngày 05/11 hằng năm.",
                    "TN21-BC-NAM", "huyen", "before 05/11 every year", "yes_no"),

            // ------------------------------------------------------------ Tây Ninh 2020, "Năm dân vận khéo"
            duty(TN_2020, "II.2", "“Đối thoại giữa lãnh đạo tỉnh với tổng phụ trách, thiếu niên, nhi đồng”",
                    "TN20-DOITHOAI-THIEUNHI", "tinh", "once before 01/01/2021", "yes_no"),
            duty(TN_2020, "II.2", "tổ chức rà soát đoàn viên hội viên trên địa bàn dân cư",
                    "TN20-RASOAT-DV-HV", "co_so+dia_ban_dan_cu", "once before 01/01/2021", "yes_no"),
            duty(TN_2020, "II.2", "các cấp bộ đoàn định kỳ tổ chức các hoạt động Tọa đàm, Diễn đàn, đối thoại",
                    "TN20-DOITHOAI", "tinh,huyen,co_so", "every year", "yes_no"),
            duty(TN_2020, "II.2", "duy trì họp giao ban cấp huyện, cấp xã.",
                    "TN20-GIAOBAN-QUY", "huyen,co_so", "every quarter", "yes_no"),
            duty(TN_2020, "II.2", "ít nhất 2 tháng/năm",
                    "TN20-DICOSO-60NGAY", "tinh", "every year", "quantity 60 ngày mỗi cán bộ chuyên trách unit"),
            duty(TN_2020, "II.2", "Tổ chức các đoàn kiểm tra, giám sát định kỳ, đột xuất theo chuyên đề liên quan đến công tác tài chính",
                    "TN20-KIEMTRA-TAICHINH", "tinh,huyen", "every year", "yes_no"),
            duty(TN_2020, "II.3", "Tổ chức Liên hoan, bình chọn các ý tưởng sáng tạo",
                    "TN20-LIENHOAN-YTUONG", "tinh", "once before 01/01/2021", "yes_no"),
            duty(TN_2020, "II.3", "Hội thi tin học cán bộ, công chức trẻ",
                    "TN20-HOITHI-SANGTAO", "tinh", "once before 01/01/2021", "yes_no"),
            duty(TN_2020, "II.3", "Bản đồ số hóa các địa chỉ đỏ trên địa bàn tỉnh",
                    "TN20-BANDO-DIACHIDO", "tinh", "once before 01/01/2021", "yes_no"),
            duty(TN_2020, "II.3", "Bảng tóm tắt tiểu sử các đồng chí Nguyên Bí thư Tỉnh ủy Tây Ninh qua các thời kỳ",
                    "TN20-TIEUSU-BITHU", "tinh", "once before 01/01/2021", "yes_no"),
            duty(TN_2020, "II.3", "công trình 50 km \"Thắp sáng đường quê\"",
                    "TN20-THAPSANG-50KM", "tinh,huyen", "once before 01/01/2021", "quantity 50 km subtree"),
            duty(TN_2020, "II.3", "ít nhất 10 km thắp sáng bằng năng lượng mặt trời",
                    "TN20-THAPSANG-NLMT-10KM", "tinh,huyen", "once before 01/01/2021", "quantity 10 km subtree"),
            duty(TN_2020, "II.3", "trang bị 10 cụm trò chơi cho thiếu nhi cộng đồng",
                    "TN20-TROCHOI-10CUM", "tinh,huyen", "once before 01/01/2021", "quantity 10 cụm trò chơi subtree"),
            duty(TN_2020, "II.3", "Định kỳ hằng quý, phối hợp xây dựng phóng sự, các bài viết",
                    "TN20-PHONGSU-QUY", "tinh", "every quarter", "yes_no"),
            duty(TN_2020, "II.3", "“Mỗi ngày một tin tốt",
                    "TN20-TINTOT-NGAY", "tinh", "every day", "yes_no"),
            duty(TN_2020, "II.3", "mỗi tuần một câu chuyện đẹp”",
                    "TN20-CAUCHUYEN-TUAN", "tinh", "every week", "yes_no"),
            duty(TN_2020, "III.1", "Giao Văn phòng Tỉnh đoàn định kỳ tổng hợp báo cáo tình hình kết quả thực hiện",
                    "TN20-BC-TINHUY", "tinh", "every half_year", "yes_no"),
            duty(TN_2020, "III.2", "trước ngày 01/10/2020.",
                    "TN20-BC-KETQUA", "huyen", "once before 01/10/2020", "yes_no"));

    /** A duty written again in another section, carried by the same obligation (its note names the section). */
    record AlsoAt(String file, String section, String quote, String code) {
    }

    static final List<AlsoAt> ALSO_AT = List.of(
            new AlsoAt(KG_2014, "II.2.1", "định kỳ tổ chức chương trình đối thoại giữa lãnh đạo Đảng, chính quyền với ĐVTN",
                    "KG76-DOITHOAI"),
            new AlsoAt(KG_2014, "II.5", "Định kỳ tham mưu cấp ủy, chính quyền cùng cấp tổ chức các buổi trao đổi, đối thoại",
                    "KG76-DOITHOAI"),
            new AlsoAt(KG_2014, "III.2", "định kỳ báo cáo kết quả triển khai, thực hiện Nghị quyết 25 theo 6 tháng và hàng năm",
                    "KG76-BC-6THANG"),
            new AlsoAt(TN_2021, "III.3.1", "mỗi đồng chí cán bộ Đoàn chuyên trách cấp tỉnh đi công tác tại cơ sở từ 60 ngày trở lên",
                    "TN21-DICOSO-60NGAY"),
            new AlsoAt(TN_2021, "III.1.1", "Thực hiện các cuộc kiểm tra, giám sát chuyên đề về công tác phát triển đoàn viên",
                    "TN21-KIEMTRA-NAM"),
            new AlsoAt(TN_2021, "III.1.3", "Rà soát tình hình thanh niên hiện có mặt tại địa phương",
                    "TN21-RASOAT-QUY1"),
            new AlsoAt(TN_2021, "III.2.2", "Hằng năm, tổ chức các hoạt động tọa đàm, diễn đàn, đối thoại",
                    "TN21-DOITHOAI-HUYEN"),
            new AlsoAt(TN_2021, "III.2.3", "Đảm bảo hằng quý có tổ chức 01 hoạt động cụ thể cho đoàn viên",
                    "TN21-HOATDONG-QUY"),
            new AlsoAt(TN_2021, "III.3.2", "Tổ chức tập huấn cho đội ngũ cán bộ Đoàn cấp xã, phường, thị trấn và bí thư chi đoàn",
                    "TN21-TAPHUAN-HUYEN"),
            new AlsoAt(TN_2021, "III.3.2", "Duy trì họp giao ban với Đoàn cấp xã, phường, thị trấn và trực thuộc",
                    "TN21-GIAOBAN-QUY"));

    /** A duty judged not dated or periodic, and why it has no obligation. */
    record Skipped(String file, String section, String quote, String reason) {
    }

    static final String CONTINUOUS = "continuous (thường xuyên / tiếp tục / duy trì), no date or period";
    static final String UNDATED_ONE_OFF = "one-off with no date and no report: done on receipt of the plan";

    static final List<Skipped> SKIPPED = List.of(
            new Skipped(KG_2012, "II.1", "Các huyện, thị, thành Đoàn và Đoàn trực thuộc triển khai thực hiện Nghị quyết đến đoàn viên, thanh niên.",
                    UNDATED_ONE_OFF),
            new Skipped(KG_2012, "II.1", "Tùy vào điều kiện các đơn vị có thể tổ chức sinh hoạt chuyên đề về nghị quyết",
                    "optional (\"có thể\") and undated"),
            new Skipped(KG_2012, "II.2", "Thường xuyên phát hiện, giới thiệu nhân rộng các điển hình tiên tiến trong thực hiện Nghị quyết.",
                    CONTINUOUS),
            new Skipped(KG_2012, "II.3.1", "Thời gian: theo chỉ đạo của Tỉnh ủy và công văn góp ý kiểm điểm của các cơ quan cấp tỉnh và Trung ương Đoàn.",
                    "date set by the Tỉnh ủy's directions, not by the plan; an admin adds a notice when it is known"),
            new Skipped(KG_2012, "II.3.2", "Thời gian: Theo chỉ đạo của cấp ủy và Đoàn cấp trên.",
                    "date set by each Party committee, not by the plan"),
            new Skipped(KG_2012, "II.4.2", "Tổ chức kiểm điểm tự phê bình và phê bình theo kế hoạch của cấp ủy cùng cấp.",
                    "timing follows each Party committee's plan; the report to the Tỉnh Đoàn is KG250-BC-HUYEN"),
            new Skipped(KG_2012, "II.5", "Nghiên cứu điều chỉnh, bổ sung quy chế hoạt động của BCH Tỉnh Đoàn.",
                    "undated internal task of the Tỉnh Đoàn"),
            new Skipped(KG_2012, "II.5", "Thường xuyên rà soát, điều chỉnh bổ sung quy hoạch cán bộ Đoàn",
                    CONTINUOUS),
            new Skipped(KG_2012, "III.2", "xây dựng Kế hoạch thực hiện Nghị quyết Hội nghị lần thứ tư",
                    UNDATED_ONE_OFF),

            new Skipped(KG_2014, "II.1", "Thường xuyên tổ chức các buổi tuyên truyền, giáo dục nâng cao đạo đức",
                    CONTINUOUS),
            new Skipped(KG_2014, "II.1", "Các huyện, thị, thành Đoàn và Đoàn trực thuộc tham mưu cấp ủy tổ chức quán triệt Nghị quyết 25",
                    UNDATED_ONE_OFF),
            new Skipped(KG_2014, "II.2.1", "Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ báo cáo viên, tuyên truyền viên từng cấp của Đoàn",
                    "no date and no period"),
            new Skipped(KG_2014, "II.2.1", "Tăng cường đi cơ sở, nhất là đối với các địa bàn vùng sâu, vùng xa",
                    CONTINUOUS),
            new Skipped(KG_2014, "II.2.3", "Các cấp bộ Đoàn, Hội thường xuyên tổ chức các buổi diễn đàn, tọa đàm",
                    CONTINUOUS),
            new Skipped(KG_2014, "II.5", "tổ chức các lớp tập huấn, bồi dưỡng kỹ năng, nghiệp vụ công tác thanh niên cho đội ngũ cán bộ Đoàn",
                    "no date and no period"),
            new Skipped(KG_2014, "III.1", "thường xuyên báo cáo kết quả cho BTV Tỉnh Đoàn",
                    CONTINUOUS + " (internal to the Tỉnh Đoàn's departments)"),
            new Skipped(KG_2014, "III.1", "Ban Đoàn kết Tập hợp Thanh niên Tỉnh Đoàn thường xuyên thống kê số lượng TN",
                    CONTINUOUS),
            new Skipped(KG_2014, "III.2", "chủ động xây dựng kế hoạch thực hiện Nghị quyết phù hợp với tình hình của địa phương",
                    UNDATED_ONE_OFF),

            new Skipped(KG_2021, "II.1", "phấn đấu ít nhất 70% đảng viên mới được kết nạp từ đoàn viên ưu tú",
                    "a share of the Party's admissions, not counted by union units (kept in KG21-GIOITHIEU-DVUT's note)"),
            new Skipped(KG_2021, "II.2.1", "Thường xuyên truyên truyền, phổ biến chính sách, pháp luật",
                    CONTINUOUS),
            new Skipped(KG_2021, "II.2.2", "Thường xuyên rà soát, đánh giá triển khai các hoạt động",
                    CONTINUOUS),
            new Skipped(KG_2021, "II.2.4", "Duy trì hoạt động giao lưu truyền thống với thanh niên các tỉnh, thành phố thuộc Vương quốc Campuchia",
                    CONTINUOUS),
            new Skipped(KG_2021, "IV.1", "Thường xuyên kiểm tra, đánh giá kết quả thực hiện",
                    CONTINUOUS),
            new Skipped(KG_2021, "IV.2", "Tổ chức học tập, quán triệt, cụ thể hóa thực hiện kế hoạch này ở địa phương, đơn vị.",
                    UNDATED_ONE_OFF),

            new Skipped(TN_2021, "II.4", "Thực hiện thường xuyên.",
                    CONTINUOUS),
            new Skipped(TN_2021, "III.1.2", "Chỉ đạo các tổ chức Đoàn thực hiện chủ trương “1 + 1”",
                    "a standing policy for each member, no date or period"),
            new Skipped(TN_2021, "III.1.3", "Tổ chức các lớp cảm tình đoàn cho thanh niên đảm bảo chất lượng",
                    "no date and no period"),
            new Skipped(TN_2021, "III.1.3", "Xây dựng tiêu chí kết nạp thanh niên vào đoàn",
                    UNDATED_ONE_OFF),
            new Skipped(TN_2021, "III.1.3", "Triển khai thực hiện mẫu sổ đăng ký thực hiện chương trình “Rèn luyện đoàn viên”",
                    UNDATED_ONE_OFF),
            new Skipped(TN_2021, "III.1.3", "Kiên quyết xóa tên đoàn viên khỏi danh sách",
                    CONTINUOUS),
            new Skipped(TN_2021, "III.2.1", "Phân công từng đồng chí Ủy viên Ban Thường vụ chuyên trách Tỉnh đoàn",
                    "a standing assignment, no date"),
            new Skipped(TN_2021, "III.2.2", "Xây dựng tiêu chí thi đua đánh giá tổ chức Đoàn các xã, phường, thị trấn",
                    "no date and no period"),
            new Skipped(TN_2021, "III.2.3", "Tổ chức thực hiện mô hình Đoàn cơ sở “3 chủ động",
                    CONTINUOUS),
            new Skipped(TN_2021, "III.2.3", "Đoàn các xã, phường, thị trấn có thể tiến hành thí điểm sinh hoạt chi đoàn định kỳ đồng loạt",
                    "optional pilot (\"có thể\")"),
            new Skipped(TN_2021, "III.3.1", "Thực hiện công tác luân chuyển cán bộ Đoàn giữa các Ban, Văn phòng Tỉnh đoàn",
                    CONTINUOUS),
            new Skipped(TN_2021, "III.3.1", "Tiến hành làm việc với cấp ủy các đơn vị trực thuộc về nhân sự Đại hội Đoàn cấp huyện",
                    "tied to the district congresses, whose dates the plan does not give"),
            new Skipped(TN_2021, "III.3.1", "Tham mưu mở lớp Trung cấp lý luận chính trị dành cho cán bộ Đoàn.",
                    "no date and no period"),
            new Skipped(TN_2021, "IV.1", "tổng hợp báo cáo tiến độ theo yêu cầu của Ban Thường vụ Tỉnh ủy",
                    "on request only"),
            new Skipped(TN_2021, "IV.2", "Quán triệt, phổ biến kế hoạch này đến cán bộ đoàn và đoàn viên thuộc đơn vị.",
                    UNDATED_ONE_OFF),

            new Skipped(TN_2020, "II.1", "Tiếp tục tuyên truyền kịp thời về các nghị quyết, chỉ thị của Đảng",
                    CONTINUOUS),
            new Skipped(TN_2020, "II.1", "công khai minh bạch các quy định, quy trình, cơ chế, chính sách trong các phiên họp Ban Thường vụ, Ban Chấp hành định kỳ hoặc đột xuất",
                    "what to publish at the committees' meetings; sets no meeting and no date"),
            new Skipped(TN_2020, "II.1", "Việc tổ chức kiểm điểm, đánh giá, xếp loại cán bộ đoàn phải thực hiện nghiêm túc",
                    "how to do it, not when"),
            new Skipped(TN_2020, "II.2", "Phát huy vai trò của đội ngũ báo cáo viên của Đoàn các cấp",
                    CONTINUOUS),
            new Skipped(TN_2020, "II.2", "Thực hiện tốt việc giám sát và phản biện xã hội",
                    CONTINUOUS),
            new Skipped(TN_2020, "II.3", "Thông qua các đợt cao điểm của Chiến dịch Xuân Tình nguyện",
                    "campaigns whose dates are set by their own plans"),
            new Skipped(TN_2020, "II.3", "tổ chức hội trại truyền thống kỷ niệm 60 năm Chiến thắng Tua Hai",
                    "an anniversary event with no date in the plan; the anniversary (26/01/2020) precedes the plan"),
            new Skipped(TN_2020, "II.3", "Tăng cường các hoạt động kết nối với các đơn vị doanh nghiệp",
                    CONTINUOUS),
            new Skipped(TN_2020, "III.1", "Xây dựng Kế hoạch và tổ chức thực hiện “Năm dân vận chính quyền”",
                    "done by issuing the plan itself"),
            new Skipped(TN_2020, "III.2", "Tùy vào điều kiện thực tiễn của từng địa phương, đơn vị chọn lọc các nội dung triển khai",
                    "optional and undated"));

    static List<LoadedCatalogFile> files;
    static Map<String, ObligationDefinition> byCode;

    @BeforeAll
    static void load() {
        files = new CatalogLoader().load(CatalogLoaderTest.CATALOG);
        byCode = files.stream().flatMap(f -> f.content().obligations().stream())
                .collect(Collectors.toMap(ObligationDefinition::code, Function.identity()));
    }

    @Test
    void everyDutyOfTheSeedsIsInTheCatalogue() {
        SoftAssertions softly = new SoftAssertions();
        for (Duty d : DUTIES) {
            ObligationDefinition o = byCode.get(d.code());
            softly.assertThat(o).as("%s %s %s", d.file(), d.section(), d.code()).isNotNull();
            if (o == null) {
                continue;
            }
            softly.assertThat(o.source().file()).as("%s source file", d.code()).isEqualTo(d.file());
            softly.assertThat(o.source().section()).as("%s section", d.code()).isEqualTo(d.section());
            softly.assertThat(normalize(o.source().quote())).as("%s quote", d.code()).contains(normalize(d.quote()));
            softly.assertThat(who(o.assignee())).as("%s assignee", d.code()).isEqualTo(d.levels());
            softly.assertThat(when(o.recurrence())).as("%s recurrence", d.code()).isEqualTo(d.when());
            softly.assertThat(done(o.completion())).as("%s completion", d.code()).isEqualTo(d.done());
        }
        softly.assertAll();
    }

    @Test
    void theCatalogueHoldsNothingOutsideTheChecklist() {
        Set<String> listed = DUTIES.stream().map(Duty::code).collect(Collectors.toSet());
        assertThat(byCode.keySet()).allSatisfy(code -> assertThat(listed).as("checklist").contains(code));
        assertThat(DUTIES.stream().map(Duty::code).distinct()).hasSameSizeAs(DUTIES);
    }

    @Test
    void repeatedDutiesPointToTheirObligation() {
        SoftAssertions softly = new SoftAssertions();
        for (AlsoAt a : ALSO_AT) {
            ObligationDefinition o = byCode.get(a.code());
            softly.assertThat(o).as(a.code()).isNotNull();
            if (o != null) {
                softly.assertThat(o.source().file()).as(a.code()).isEqualTo(a.file());
                String where = o.source().section() + " " + (o.note() == null ? "" : o.note());
                softly.assertThat(where).as("%s names %s", a.code(), a.section()).contains(a.section());
            }
        }
        softly.assertAll();
    }

    /** "Định kỳ" with no period after it ("hằng năm", "2 năm/lần") means a default was chosen: say which. */
    @Test
    void unstatedPeriodsAreExplained() {
        Pattern unstated = Pattern.compile("(?iu)định kỳ(?! (hằng|hàng|\\d))");
        assertThat(byCode.values())
                .filteredOn(o -> unstated.matcher(normalize(o.source().quote())).find())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.note()).as(o.code()).isNotBlank());
    }

    @Test
    void everyObligationQuotesItsSeedVerbatim() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed plans not found at " + SEEDS.toAbsolutePath());
        Map<String, String> seeds = new HashMap<>();
        for (String f : List.of(KG_2012, KG_2014, KG_2021, TN_2020, TN_2021)) {
            seeds.put(f, normalize(Files.readString(SEEDS.resolve(f))));
        }
        List<String> missing = new ArrayList<>();
        Stream.concat(
                byCode.values().stream().map(o -> new String[] {o.code(), o.source().file(), o.source().quote()}),
                Stream.of(
                        DUTIES.stream().map(d -> new String[] {"checklist " + d.code(), d.file(), d.quote()}),
                        ALSO_AT.stream().map(a -> new String[] {"also " + a.code(), a.file(), a.quote()}),
                        SKIPPED.stream().map(s -> new String[] {"skipped " + s.section(), s.file(), s.quote()}))
                        .flatMap(Function.identity()))
                .forEach(q -> {
                    for (String fragment : normalize(q[2]).split("…")) {
                        String f = fragment.strip();
                        if (!f.isEmpty() && !seeds.get(q[1]).contains(f)) {
                            missing.add(q[0] + " (" + q[1] + "): " + f);
                        }
                    }
                });
        assertThat(missing).as("quotes not found verbatim in their seed").isEmpty();
    }

    @Test
    void plansPointToTheirSeedAndTerm() {
        Map<String, PlanDefinition> plans = files.stream().map(f -> f.content().plan())
                .collect(Collectors.toMap(PlanDefinition::sourceFile, Function.identity(), (a, b) -> a.code().equals("DIEU-LE") ? b : a));
        assertThat(plans.get(KG_2012).code()).isEqualTo("KG-250-2012");
        assertThat(plans.get(KG_2014).code()).isEqualTo("KG-76-2014");
        assertThat(plans.get(KG_2021).code()).isEqualTo("KG-NQDH13-2021");
        assertThat(plans.get(KG_2021).inForceUntil()).hasToString("2025-12-31");
        assertThat(plans.get(TN_2020).code()).isEqualTo("TN-DVK-2020");
        assertThat(plans.get(TN_2020).inForceUntil()).hasToString("2020-12-31");
        assertThat(plans.get(TN_2021).code()).isEqualTo("TN-CT06-2021");
        assertThat(plans.get(TN_2021).inForceUntil()).hasToString("2022-12-31");
        assertThat(files).allSatisfy(f -> assertThat(f.content().obligations())
                .allSatisfy(o -> assertThat(o.code()).startsWith(prefix(f.content().plan().code()))));
    }

    /** KG-76-2014 → KG76-, KG-NQDH13-2021 → KG21-, DIEU-LE → DL-. */
    private static String prefix(String planCode) {
        return switch (planCode) {
            case "DIEU-LE" -> "DL-";
            case "KG-250-2012" -> "KG250-";
            case "KG-76-2014" -> "KG76-";
            case "KG-NQDH13-2021" -> "KG21-";
            case "TN-DVK-2020" -> "TN20-";
            case "TN-CT06-2021" -> "TN21-";
            default -> throw new AssertionError("unknown plan " + planCode);
        };
    }

    // ---------------------------------------------------------------- readable descriptions

    static String who(Assignee a) {
        String levels = a.levels().stream().map(Level::code).collect(Collectors.joining(","));
        return levels + a.tagsAll().stream().map(t -> "+" + t).collect(Collectors.joining())
                + a.tagsNone().stream().map(t -> "-" + t).collect(Collectors.joining());
    }

    static String when(Recurrence r) {
        String every = r.every().name().toLowerCase(Locale.ROOT);
        if (r.every() == Frequency.ONCE) {
            return "once before " + r.before();
        }
        String text = r.intervalOrOne() > 1
                ? "every " + r.intervalOrOne() + " " + every + "s from " + r.anchorYear()
                : "every " + every;
        if (r.before() != null) {
            text = "before " + r.before() + " " + text;
        }
        if (r.window() != null) {
            text += " within " + r.window();
        }
        if (r.lastDay() != null) {
            text += " by day " + r.lastDay();
        }
        return text;
    }

    static String done(Completion c) {
        if (c.kind() == CompletionKind.YES_NO) {
            return "yes_no";
        }
        double t = c.target();
        String target = t == Math.rint(t) ? String.valueOf((long) t) : String.valueOf(t);
        return "quantity " + target + " " + c.unit() + " " + c.targetScope().name().toLowerCase(Locale.ROOT);
    }

    /**
     * Composes accents (two seeds mix decomposed and composed Vietnamese letters), drops markdown
     * emphasis and collapses white space, so quotes compare with the seeds' text.
     */
    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace("*", "").replaceAll("\\s+", " ").strip();
    }
}
