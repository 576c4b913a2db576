//! Curated facts written by the project: countries (Arabic names, demonyms,
//! capitals), first-level divisions in ACLED's spelling with their Arabic
//! names and other spellings (Who's On First, GeoNames), military bases,
//! airports, camps and crossings. Coordinates are approximate facts (city or
//! facility centre), not copied from any data set.

/// One country.
#[derive(Debug, Clone)]
pub struct Country {
    pub cc: &'static str,
    pub name: &'static str,
    /// Arabic names (first = preferred).
    pub names_ar: Vec<&'static str>,
    /// Demonym adjective, normalised, without "ال" and the feminine ending
    /// (e.g. "عراقي").
    pub demonym: Option<&'static str>,
    pub capital: &'static str,
    pub capital_ar: &'static str,
    pub capital_admin1: &'static str,
    pub capital_lat: f64,
    pub capital_lon: f64,
    pub lat: f64,
    pub lon: f64,
}

/// cc|English|Arabic names|demonym|capital|capital_ar|capital admin1|cap lat|cap lon|lat|lon
const COUNTRIES: &str = "\
IQ|Iraq|العراق|عراقي|Baghdad|بغداد|Baghdad|33.315|44.366|33.0|43.7
SY|Syria|سوريا,سورية|سوري|Damascus|دمشق|Damascus|33.513|36.292|35.0|38.5
YE|Yemen|اليمن|يمني|Sanaa|صنعاء|Amanat al Asimah|15.354|44.207|15.6|47.6
SA|Saudi Arabia|السعودية,المملكة العربية السعودية|سعودي|Riyadh|الرياض|Riyadh|24.688|46.722|24.0|45.0
EG|Egypt|مصر|مصري|Cairo|القاهرة|Cairo|30.044|31.236|26.8|30.8
PS|Palestine|فلسطين,الأراضي الفلسطينية|فلسطيني|Ramallah|رام الله|West Bank|31.903|35.204|31.9|35.2
IL|Israel|إسرائيل|إسرائيلي|Jerusalem|القدس|Jerusalem|31.778|35.225|31.4|35.0
LB|Lebanon|لبنان|لبناني|Beirut|بيروت|Beirut|33.894|35.502|33.9|35.9
JO|Jordan|الأردن|أردني|Amman|عمان|Amman|31.956|35.945|31.2|36.5
LY|Libya|ليبيا|ليبي|Tripoli|طرابلس|Tripoli|32.887|13.191|27.0|17.0
SD|Sudan|السودان|سوداني|Khartoum|الخرطوم|Khartoum|15.501|32.560|15.5|30.0
SS|South Sudan|جنوب السودان,دولة جنوب السودان||Juba|جوبا|Central Equatoria|4.859|31.571|7.3|30.3
SO|Somalia|الصومال|صومالي|Mogadishu|مقديشو|Banadir|2.037|45.344|5.2|46.2
AF|Afghanistan|أفغانستان,افغانستان|أفغاني|Kabul|كابول|Kabul|34.528|69.172|33.9|67.7
PK|Pakistan|باكستان|باكستاني|Islamabad|إسلام آباد|Islamabad Capital Territory|33.729|73.094|30.4|69.3
IR|Iran|إيران|إيراني|Tehran|طهران|Tehran|35.694|51.422|32.4|53.7
TR|Turkey|تركيا|تركي|Ankara|أنقرة|Ankara|39.933|32.860|39.0|35.2
KW|Kuwait|الكويت|كويتي|Kuwait City|مدينة الكويت|Capital|29.376|47.977|29.3|47.6
QA|Qatar|قطر|قطري|Doha|الدوحة|Doha|25.286|51.533|25.3|51.2
AE|United Arab Emirates|الإمارات,الإمارات العربية المتحدة,دولة الإمارات|إماراتي|Abu Dhabi|أبوظبي|Abu Dhabi|24.453|54.377|23.4|53.8
BH|Bahrain|البحرين|بحريني|Manama|المنامة|Capital|26.228|50.586|26.07|50.55
OM|Oman|سلطنة عمان,عمان|عماني|Muscat|مسقط|Muscat|23.588|58.383|21.5|55.9
TN|Tunisia|تونس|تونسي|Tunis|تونس|Tunis|36.806|10.182|34.0|9.5
DZ|Algeria|الجزائر|جزائري|Algiers|الجزائر|Alger|36.753|3.059|28.0|1.7
MA|Morocco|المغرب,المملكة المغربية|مغربي|Rabat|الرباط|Rabat-Sale-Kenitra|34.021|-6.841|31.8|-7.1
MR|Mauritania|موريتانيا|موريتاني|Nouakchott|نواكشوط|Nouakchott Ouest|18.079|-15.965|21.0|-10.9
DJ|Djibouti|جيبوتي||Djibouti|جيبوتي|Djibouti|11.589|43.145|11.8|42.6
ER|Eritrea|إريتريا,إرتريا|إريتري|Asmara|أسمرة|Maekel|15.322|38.925|15.2|39.8
ET|Ethiopia|إثيوبيا,أثيوبيا|إثيوبي|Addis Ababa|أديس أبابا|Addis Ababa|9.030|38.740|9.1|40.5
KE|Kenya|كينيا|كيني|Nairobi|نيروبي|Nairobi|-1.286|36.817|0.0|37.9
CI|Cote d'Ivoire|كوت ديفوار,ساحل العاج|إيفواري|Yamoussoukro|ياموسوكرو|Yamoussoukro|6.827|-5.289|7.5|-5.5
NG|Nigeria|نيجيريا|نيجيري|Abuja|أبوجا|Federal Capital Territory|9.076|7.398|9.1|8.7
TD|Chad|تشاد|تشادي|N'Djamena|نجامينا|N'Djamena|12.134|15.056|15.4|18.7
NE|Niger|النيجر||Niamey|نيامي|Niamey|13.512|2.112|17.6|8.1
US|United States|الولايات المتحدة,الولايات المتحدة الأمريكية,أمريكا,أميركا|أمريكي|Washington|واشنطن|District of Columbia|38.907|-77.037|39.8|-98.6
RU|Russia|روسيا|روسي|Moscow|موسكو|Moscow|55.756|37.617|61.5|105.3
GB|United Kingdom|بريطانيا,المملكة المتحدة|بريطاني|London|لندن|England|51.507|-0.128|54.0|-2.0
FR|France|فرنسا|فرنسي|Paris|باريس|Ile-de-France|48.857|2.352|46.2|2.2
DE|Germany|ألمانيا|ألماني|Berlin|برلين|Berlin|52.520|13.405|51.2|10.4
CN|China|الصين|صيني|Beijing|بكين|Beijing|39.904|116.407|35.9|104.2
IN|India|الهند|هندي|New Delhi|نيودلهي|Delhi|28.614|77.209|20.6|79.0
ID|Indonesia|إندونيسيا,اندونيسيا|إندونيسي|Jakarta|جاكرتا|Jakarta|-6.208|106.846|-2.5|118.0
PH|Philippines|الفلبين|فلبيني|Manila|مانيلا|Metropolitan Manila|14.599|120.984|12.9|121.8
MY|Malaysia|ماليزيا|ماليزي|Kuala Lumpur|كوالالمبور|Kuala Lumpur|3.139|101.687|4.2|102.0
TH|Thailand|تايلاند|تايلاندي|Bangkok|بانكوك|Bangkok|13.756|100.502|15.9|100.9
MM|Myanmar|ميانمار,بورما|ميانماري|Naypyidaw|نايبيداو|Nay Pyi Taw|19.763|96.079|21.9|95.9
BD|Bangladesh|بنغلاديش|بنغالي|Dhaka|دكا|Dhaka|23.811|90.413|23.7|90.4
LK|Sri Lanka|سريلانكا,سري لانكا|سريلانكي|Colombo|كولومبو|Western|6.927|79.861|7.9|80.8
NP|Nepal|نيبال|نيبالي|Kathmandu|كاتماندو|Bagmati|27.717|85.324|28.4|84.1
JP|Japan|اليابان|ياباني|Tokyo|طوكيو|Tokyo|35.690|139.692|36.2|138.3
KR|South Korea|كوريا الجنوبية||Seoul|سيئول|Seoul|37.566|126.978|35.9|127.8
KP|North Korea|كوريا الشمالية||Pyongyang|بيونغ يانغ|Pyongyang|39.039|125.762|40.3|127.5
AZ|Azerbaijan|أذربيجان|أذربيجاني|Baku|باكو|Baki|40.409|49.867|40.1|47.6
AM|Armenia|أرمينيا|أرميني|Yerevan|يريفان|Yerevan|40.179|44.499|40.1|45.0
GE|Georgia|جورجيا||Tbilisi|تبليسي|Tbilisi|41.716|44.783|42.3|43.4
TJ|Tajikistan|طاجيكستان|طاجيكي|Dushanbe|دوشنبه|Dushanbe|38.560|68.787|38.9|71.3
UZ|Uzbekistan|أوزبكستان|أوزبكي|Tashkent|طشقند|Tashkent|41.299|69.240|41.4|64.6
KZ|Kazakhstan|كازاخستان|كازاخي|Astana|أستانا|Astana|51.169|71.449|48.0|66.9
UA|Ukraine|أوكرانيا|أوكراني|Kyiv|كييف|Kyiv|50.450|30.524|48.4|31.2
ES|Spain|إسبانيا,اسبانيا|إسباني|Madrid|مدريد|Madrid|40.417|-3.704|40.5|-3.7
IT|Italy|إيطاليا|إيطالي|Rome|روما|Lazio|41.903|12.496|41.9|12.6
BE|Belgium|بلجيكا|بلجيكي|Brussels|بروكسل|Brussels Capital|50.850|4.352|50.5|4.5
NL|Netherlands|هولندا|هولندي|Amsterdam|أمستردام|North Holland|52.370|4.895|52.1|5.3
SE|Sweden|السويد|سويدي|Stockholm|ستوكهولم|Stockholm|59.329|18.069|60.1|18.6
AT|Austria|النمسا|نمساوي|Vienna|فيينا|Vienna|48.208|16.374|47.5|14.6
GR|Greece|اليونان|يوناني|Athens|أثينا|Attica|37.984|23.728|39.1|21.8
CY|Cyprus|قبرص|قبرصي|Nicosia|نيقوسيا|Nicosia|35.186|33.382|35.1|33.4
CA|Canada|كندا|كندي|Ottawa|أوتاوا|Ontario|45.421|-75.697|56.1|-106.3
MX|Mexico|المكسيك|مكسيكي|Mexico City|مكسيكو|Mexico City|19.433|-99.133|23.6|-102.6
BR|Brazil|البرازيل|برازيلي|Brasilia|برازيليا|Federal District|-15.794|-47.882|-14.2|-51.9
VE|Venezuela|فنزويلا|فنزويلي|Caracas|كاراكاس|Capital District|10.481|-66.904|6.4|-66.6
CO|Colombia|كولومبيا|كولومبي|Bogota|بوغوتا|Bogota|4.711|-74.072|4.6|-74.3
AU|Australia|أستراليا,استراليا|أسترالي|Canberra|كانبيرا|Australian Capital Territory|-35.281|149.130|-25.3|133.8
NZ|New Zealand|نيوزيلندا|نيوزيلندي|Wellington|ويلينغتون|Wellington|-41.287|174.776|-40.9|174.9
ML|Mali|جمهورية مالي,دولة مالي||Bamako|باماكو|Bamako|12.639|-8.003|17.6|-4.0
BF|Burkina Faso|بوركينا فاسو|بوركيني|Ouagadougou|واغادوغو|Centre|12.371|-1.520|12.2|-1.6
SN|Senegal|السنغال|سنغالي|Dakar|داكار|Dakar|14.716|-17.467|14.5|-14.5
CM|Cameroon|الكاميرون|كاميروني|Yaounde|ياوندي|Centre|3.848|11.502|7.4|12.4
CF|Central African Republic|جمهورية أفريقيا الوسطى,أفريقيا الوسطى||Bangui|بانغي|Bangui|4.394|18.558|6.6|20.9
CD|Democratic Republic of Congo|الكونغو الديمقراطية,جمهورية الكونغو الديمقراطية||Kinshasa|كينشاسا|Kinshasa|-4.441|15.266|-4.0|21.8
UG|Uganda|أوغندا|أوغندي|Kampala|كمبالا|Kampala|0.348|32.583|1.4|32.3
TZ|Tanzania|تنزانيا|تنزاني|Dodoma|دودوما|Dodoma|-6.163|35.752|-6.4|34.9
RW|Rwanda|رواندا|رواندي|Kigali|كيغالي|Kigali City|-1.944|30.062|-1.9|29.9
BI|Burundi|بوروندي||Gitega|جيتيجا|Gitega|-3.428|29.925|-3.4|29.9
MZ|Mozambique|موزمبيق|موزمبيقي|Maputo|مابوتو|Maputo City|-25.969|32.573|-18.7|35.5
ZA|South Africa|جنوب أفريقيا,جنوب إفريقيا||Pretoria|بريتوريا|Gauteng|-25.747|28.229|-30.6|22.9
";

/// A fingerprint of the curated tables: an index built from other tables
/// (an older rasd) is rebuilt on first use.
pub fn fingerprint() -> u64 {
    use std::hash::Hasher;
    // (bump when the way the tables are read into an index changes)
    // 2: WOF villages with no province take their nearest neighbour's
    const READER: u64 = 2;
    let mut h = rasd_text::fasthash::WordHasher::default();
    h.write_u64(READER);
    for t in [COUNTRIES, ADMIN1, FACILITIES] {
        h.write(t.as_bytes());
    }
    h.finish()
}

/// All curated countries.
pub fn countries() -> Vec<Country> {
    COUNTRIES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&'static str> = l.split('|').collect();
            if f.len() != 11 {
                return None;
            }
            Some(Country {
                cc: f[0],
                name: f[1],
                names_ar: f[2].split(',').collect(),
                demonym: Some(f[3]).filter(|d| !d.is_empty()),
                capital: f[4],
                capital_ar: f[5],
                capital_admin1: f[6],
                capital_lat: f[7].parse().ok()?,
                capital_lon: f[8].parse().ok()?,
                lat: f[9].parse().ok()?,
                lon: f[10].parse().ok()?,
            })
        })
        .collect()
}

/// One first-level division in ACLED's spelling.
#[derive(Debug, Clone)]
pub struct Admin1 {
    pub cc: &'static str,
    /// ACLED spelling.
    pub name: &'static str,
    /// Arabic names (first = preferred).
    pub names_ar: Vec<&'static str>,
    /// Other Latin spellings (WOF, GeoNames, common press).
    pub aliases: Vec<&'static str>,
    /// Approximate point (the division's capital).
    pub lat: f64,
    pub lon: f64,
}

/// cc|ACLED name|Arabic names|other spellings|lat|lon (of the capital)
const ADMIN1: &str = "\
IQ|Al Anbar|الأنبار|Al-Anbar,Anbar|33.426|43.299
IQ|Babil|بابل|Babylon|32.468|44.420
IQ|Baghdad|بغداد||33.315|44.366
IQ|Basrah|البصرة|Al-Basrah,Basra,Al Basrah|30.508|47.783
IQ|Dhi-Qar|ذي قار|Dhi Qar,Thi-Qar,Thi Qar|31.044|46.257
IQ|Diyala|ديالى||33.750|44.606
IQ|Duhok|دهوك|Dihok,Dohuk,Dahuk|36.867|42.988
IQ|Erbil|أربيل,اربيل|Arbil,Irbil|36.191|44.009
IQ|Kerbala|كربلاء|Karbala',Karbala|32.616|44.024
IQ|Kirkuk|كركوك|At-Ta'mim|35.468|44.392
IQ|Maysan|ميسان|Missan|31.836|47.144
IQ|Muthanna|المثنى|Al-Muthannia,Al Muthanna|31.310|45.281
IQ|Najaf|النجف|An-Najaf,An Najaf|32.000|44.336
IQ|Ninewa|نينوى|Ninawa,Nineveh,Ninawa|36.340|43.130
IQ|Qadissiya|القادسية,الديوانية|Al-Qadisiyah,Al Qadisiyah,Diwaniyah|31.990|44.925
IQ|Salah al-Din|صلاح الدين|Sala ad-Din,Salah ad Din,Saladin|34.597|43.677
IQ|Sulaymaniyah|السليمانية|As-Sulaymaniyah,Sulaimaniya|35.557|45.435
IQ|Wassit|واسط|Wasit|32.512|45.818
IQ|Halabja|حلبجة||35.178|45.986
SY|Aleppo|حلب|Halab|36.202|37.134
SY|Ar-Raqqa|الرقة|Ar Raqqah,Raqqa,Ar-Raqqah|35.950|39.009
SY|As-Sweida|السويداء|As Suwayda',As Suwayda,Sweida|32.709|36.566
SY|Damascus|دمشق|Dimashq|33.513|36.292
SY|Dar'a|درعا|Dar`a,Daraa,Deraa|32.625|36.106
SY|Deir-ez-Zor|دير الزور|Days Az Zawr,Dayr az Zawr,Deir ez-Zor|35.336|40.141
SY|Hama|حماة|Hamah|35.132|36.757
SY|Al-Hasakeh|الحسكة|Hasaka (Al Haksa),Al Hasakah,Hasakah|36.502|40.747
SY|Homs|حمص|Homs (Hims),Hims|34.731|36.709
SY|Idleb|إدلب|Idlib|35.930|36.634
SY|Lattakia|اللاذقية|Latakia,Al Ladhiqiyah|35.532|35.791
SY|Quneitra|القنيطرة|Al Qunaytirah|33.126|35.824
SY|Rural Damascus|ريف دمشق|Rif Dimashq,Damascus Countryside|33.570|36.400
SY|Tartous|طرطوس|Tartus|34.889|35.887
YE|Abyan|أبين|Abyan|13.131|45.380
YE|Aden|عدن|`Adan,Adan|12.785|45.019
YE|Al Bayda|البيضاء|Al Bayda'|13.985|45.573
YE|Al Dhale'e|الضالع|Al Dali',Ad Dali,Dhale|13.695|44.731
YE|Al Hudaydah|الحديدة|Hodeidah,Al Hodeidah|14.798|42.954
YE|Al Jawf|الجوف||16.160|44.780
YE|Al Maharah|المهرة|Al Mahrah,Mahra|16.210|52.176
YE|Al Mahwit|المحويت||15.470|43.545
YE|Amanat al Asimah|أمانة العاصمة|Amanat Al Asimah,Sanaa City|15.354|44.207
YE|Amran|عمران||15.659|43.944
YE|Dhamar|ذمار||14.543|44.405
YE|Hadramawt|حضرموت|Hadramaut,Hadhramaut|14.542|49.124
YE|Hajjah|حجة||15.694|43.606
YE|Ibb|إب||13.970|44.183
YE|Lahij|لحج|Lahej|13.057|44.883
YE|Marib|مأرب|Ma'rib|15.463|45.325
YE|Raymah|ريمة||14.680|43.710
YE|Sadah|صعدة|Sa`dah,Saada,Saadah|16.940|43.760
YE|Sanaa|صنعاء|Sana'a,Sana`a|15.354|44.207
YE|Shabwah|شبوة|Shabwa|14.530|46.830
YE|Socotra|سقطرى|Soqatra|12.650|54.020
YE|Taizz|تعز|Ta`izz,Taiz|13.579|44.021
SA|Asir|عسير|Aseer|18.216|42.505
SA|Al Bahah|الباحة|Al-Bahah,Baha|20.012|41.467
SA|Eastern|المنطقة الشرقية|Eastern Province,Ash Sharqiyah|26.434|50.103
SA|Hail|حائل|Ha'il|27.521|41.690
SA|Jazan|جازان,جيزان|Jizan,Gizan|16.889|42.551
SA|Al Jawf|منطقة الجوف||29.970|40.206
SA|Makkah|مكة المكرمة,منطقة مكة المكرمة|Makkah,Mecca|21.389|39.858
SA|Madinah|المدينة المنورة,منطقة المدينة المنورة|Al Madinah,Medina|24.467|39.611
SA|Najran|نجران||17.492|44.132
SA|Northern Borders|الحدود الشمالية|Al Hudud ash Shamaliyah|30.975|41.038
SA|Qassim|القصيم|Al-Qassim,Al Qasim|26.326|43.975
SA|Riyadh|منطقة الرياض|Ar Riyad|24.688|46.722
SA|Tabuk|تبوك||28.383|36.567
EG|Alexandria|الإسكندرية|Al Iskandariyah|31.200|29.919
EG|Aswan|أسوان||24.089|32.899
EG|Asyut|أسيوط|Assiut|27.181|31.183
EG|Beheira|البحيرة|Al Buhayrah|31.034|30.468
EG|Beni Suef|بني سويف|Bani Suwayf|29.074|31.097
EG|Cairo|القاهرة|Al Qahirah|30.044|31.236
EG|Dakahlia|الدقهلية|Ad Daqahliyah|31.041|31.378
EG|Damietta|دمياط|Dumyat|31.417|31.815
EG|Faiyum|الفيوم|Al Fayyum,Fayoum|29.308|30.842
EG|Gharbia|الغربية|Al Gharbiyah|30.786|31.000
EG|Giza|الجيزة|Al Jizah|30.013|31.209
EG|Ismailia|الإسماعيلية|Al Isma`iliyah,Al Ismailiyah|30.604|32.272
EG|Kafr el-Sheikh|كفر الشيخ|Kafr ash Shaykh|31.111|30.940
EG|Luxor|الأقصر||25.687|32.639
EG|Matrouh|مطروح|Matruh|31.354|27.237
EG|Minya|المنيا|Al Minya|28.109|30.750
EG|Monufia|المنوفية|Al Minufiyah|30.558|31.010
EG|New Valley|الوادي الجديد|Al Wadi at Jadid|25.451|30.546
EG|North Sinai|شمال سيناء|Shamal Sina'|31.132|33.798
EG|Port Said|بورسعيد,بور سعيد|Bur Sa`id|31.266|32.301
EG|Qalyubia|القليوبية|Al Qalyubiyah|30.459|31.179
EG|Qena|قنا|Qina|26.164|32.727
EG|Red Sea|البحر الأحمر|Al Bahr al Ahmar|27.258|33.812
EG|Sharqia|الشرقية|Ash Sharqiyah|30.587|31.502
EG|Sohag|سوهاج|Suhaj|26.557|31.695
EG|South Sinai|جنوب سيناء|Janub Sina'|28.236|33.620
EG|Suez|السويس|As Suways|29.967|32.550
PS|Gaza Strip|قطاع غزة|Gaza|31.502|34.467
PS|West Bank|الضفة الغربية|Judea and Samaria|31.903|35.204
LB|Akkar|عكار||34.533|36.080
LB|Baalbek-Hermel|بعلبك الهرمل|Baalbek Hermel|34.006|36.211
LB|Beirut|بيروت||33.894|35.502
LB|Beqaa|البقاع|Bekaa,Beqaa|33.847|35.902
LB|Mount Lebanon|جبل لبنان||33.833|35.583
LB|Nabatieh|النبطية|Nabatiye|33.378|35.484
LB|North|الشمال اللبناني,شمال لبنان|North Lebanon|34.437|35.850
LB|South|الجنوب اللبناني,جنوب لبنان|South Lebanon|33.563|35.371
LY|Tripoli|طرابلس الغرب|Tarabulus,Tajura' wa an Nawahi al Arba,Tajura wa an Nawahi al Arba|32.887|13.191
LY|Benghazi|بنغازي||32.115|20.068
LY|Misrata|مصراتة|Misratah|32.377|15.092
LY|Sirte|سرت|Surt|31.205|16.588
LY|Al Jabal al Akhdar|الجبل الأخضر|Al Jabal al Akhdar|32.762|21.755
LY|Derna|درنة|Darnah|32.767|22.637
LY|Sabha|سبها|Sebha|27.038|14.426
LY|Al Kufrah|الكفرة|Kufra|24.178|23.314
LY|Al Jufrah|الجفرة|Jufra|29.115|15.943
LY|Murzuq|مرزق||25.915|13.918
LY|Ghat|غات||24.965|10.178
LY|Wadi al Hayaa|وادي الحياة|Wadi al Hayat|26.589|12.779
LY|Wadi ash Shati|وادي الشاطئ|Ash Shati'|27.551|14.274
LY|Nalut|نالوت||31.868|10.982
LY|Al Jabal al Gharbi|الجبل الغربي|Jabal al Gharbi|32.171|13.020
LY|Az Zawiyah|الزاوية|Zawiya|32.757|12.728
LY|Al Jifarah|الجفارة|Jafara|32.529|13.039
LY|Al Marqab|المرقب|Al Khums|32.649|14.262
LY|Al Marj|المرج||32.493|20.829
LY|Al Wahat|الواحات|Ajdabiya|30.755|20.226
LY|Al Butnan|البطنان|Tobruk|32.083|23.976
LY|An Nuqat al Khams|النقاط الخمس|Nuqat al Khams|32.933|12.082
SD|Blue Nile|النيل الأزرق||11.791|34.359
SD|Central Darfur|وسط دارفور||12.906|23.475
SD|East Darfur|شرق دارفور|Eastern Darfur|11.462|26.128
SD|Gedaref|القضارف|Gedarif|14.035|35.388
SD|Al Jazirah|ولاية الجزيرة|Gezira,Al Jazirah|14.401|33.519
SD|Kassala|كسلا||15.451|36.400
SD|Khartoum|ولاية الخرطوم||15.501|32.560
SD|North Darfur|شمال دارفور||13.628|25.349
SD|North Kordofan|شمال كردفان|North Kordufan|13.183|30.217
SD|Northern|الولاية الشمالية|Northern|19.170|30.478
SD|Red Sea|ولاية البحر الأحمر|Red Sea|19.616|37.216
SD|River Nile|نهر النيل||17.594|33.970
SD|Sennar|سنار||13.552|33.632
SD|South Darfur|جنوب دارفور|Southern Darfur|12.049|24.881
SD|South Kordofan|جنوب كردفان|South Kordufan|11.017|29.718
SD|West Darfur|غرب دارفور|Western Darfur|13.452|22.447
SD|West Kordofan|غرب كردفان||11.718|28.342
SD|White Nile|النيل الأبيض||13.167|32.667
SO|Awdal|أودل||9.935|43.183
SO|Bakool|باكول||4.400|43.700
SO|Banadir|بنادر|Banaadir|2.037|45.344
SO|Bari|إقليم باري,ولاية باري,منطقة باري|Bari|11.284|49.182
SO|Bay|إقليم باي,ولاية باي,منطقة باي||3.117|43.650
SO|Galgaduud|جلجدود|Galguduud|5.183|46.817
SO|Gedo|جدو||3.500|42.300
SO|Hiraan|هيران|Hiiraan|4.736|45.203
SO|Lower Juba|جوبا السفلى|Jubbada Hoose|-0.358|42.545
SO|Lower Shabelle|شبيلي السفلى,شبيلى السفلى|Shabeellaha Hoose|1.716|44.770
SO|Middle Juba|جوبا الوسطى|Juba Dhexe,Jubbada Dhexe|0.783|42.990
SO|Middle Shabelle|شبيلي الوسطى,شبيلا الوسطى|Shabeellaha Dhexe|2.782|45.503
SO|Mudug|مدج,مودوغ||6.769|47.431
SO|Nugaal|نوغال||8.400|48.483
SO|Sanaag|سناج||10.617|47.367
SO|Sool|سول||8.483|47.367
SO|Togdheer|توجدير||9.517|45.533
SO|Woqooyi Galbeed|ووقويي جالبيد|Woqooyi Galbeed|9.560|44.065
AF|Badakhshan|بدخشان||37.117|70.580
AF|Badghis|بادغيس||34.987|63.128
AF|Baghlan|بغلان||36.131|68.708
AF|Balkh|بلخ||36.709|67.110
AF|Bamyan|باميان|Bamian|34.821|67.827
AF|Daykundi|دايكندي,دايكوندي|Daikondi|33.700|66.000
AF|Farah|فراه||32.374|62.116
AF|Faryab|فارياب|Faryab|35.921|64.784
AF|Ghazni|غزني,غزنة||33.549|68.424
AF|Ghor|غور|Ghowr|34.517|65.250
AF|Helmand|هلمند||31.593|64.370
AF|Herat|هرات||34.352|62.204
AF|Jowzjan|جوزجان||36.664|65.752
AF|Kabul|ولاية كابول||34.528|69.172
AF|Kandahar|ولاية قندهار||31.613|65.710
AF|Kapisa|كابيسا||35.017|69.650
AF|Khost|خوست|Khowst|33.339|69.920
AF|Kunar|كنر,كونار,كونر||34.871|71.149
AF|Kunduz|قندوز,كندوز|Konduz|36.729|68.857
AF|Laghman|لغمان,لاغمان||34.665|70.210
AF|Logar|لوكر,لوغر,لوغار,لوجار|Lowgar|34.017|69.183
AF|Nangarhar|ننكرهار,ننجرهار,ننغرهار||34.426|70.452
AF|Nimruz|نيمروز||31.020|61.887
AF|Nuristan|نورستان|Nurestan|35.229|70.421
AF|Paktia|بكتيا,باكتيا||33.600|69.217
AF|Paktika|بكتيكا,باكتيكا||32.265|68.524
AF|Panjshir|بانشير,بنجشير,بانجشير||35.318|69.640
AF|Parwan|بروان,باروان||35.014|69.172
AF|Samangan|سمنكان,سمنغان||36.265|68.016
AF|Sar-e-Pul|سربل,سربول|Sar-e Pol,Sari Pul|36.216|65.932
AF|Takhar|تخار||36.736|69.535
AF|Uruzgan|أروزكان,أوروزغان,أروزغان,أرزكان|Oruzgan|32.627|65.877
AF|Wardak|وردك,ميدان وردك||34.396|68.866
AF|Zabul|زابل,زابول|Zabol|32.110|66.906
";

/// All curated first-level divisions.
pub fn admin1s() -> Vec<Admin1> {
    ADMIN1
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&'static str> = l.split('|').collect();
            if f.len() != 6 {
                return None;
            }
            Some(Admin1 {
                cc: f[0],
                name: f[1],
                names_ar: f[2].split(',').filter(|s| !s.is_empty()).collect(),
                aliases: f[3].split(',').filter(|s| !s.is_empty()).collect(),
                lat: f[4].parse().ok()?,
                lon: f[5].parse().ok()?,
            })
        })
        .collect()
}

/// A curated facility (base, airport, camp, crossing...) or well-known place.
#[derive(Debug, Clone)]
pub struct Facility {
    pub id: &'static str,
    pub name: &'static str,
    pub names_ar: Vec<&'static str>,
    pub kind: &'static str,
    pub cc: &'static str,
    pub admin1: &'static str,
    pub admin2: &'static str,
    pub admin3: &'static str,
    pub lat: f64,
    pub lon: f64,
}

/// id|English|Arabic names|kind|cc|admin1|admin2|admin3|lat|lon
const FACILITIES: &str = "\
ain-al-asad|Ain al-Asad Air Base|قاعدة عين الأسد,قاعدة عين الأسد الجوية,قاعدة عين الاسد العسكرية,عين الأسد|facility|IQ|Al Anbar|Hit|Al-Baghdadi|33.79|42.44
al-taqaddum|Al Taqaddum Air Base|قاعدة التقدم,قاعدة التقدم الجوية,قاعدة الحبانية|facility|IQ|Al Anbar|Al-Fallujah|Al-Habbaniyah|33.34|43.59
balad-ab|Balad Air Base|قاعدة بلد,قاعدة بلد الجوية,قاعدة البكر|facility|IQ|Salah al-Din|Balad||33.94|44.36
camp-taji|Camp Taji|قاعدة التاجي,معسكر التاجي,معسكر التاجي العسكري|facility|IQ|Baghdad|Al-Kadhimiyah|Al-Taji|33.52|44.26
camp-victory|Victory Base Complex|قاعدة فيكتوري,معسكر فيكتوري,قاعدة النصر|facility|IQ|Baghdad|Al-Karkh||33.29|44.25
baghdad-airport|Baghdad International Airport|مطار بغداد,مطار بغداد الدولي|facility|IQ|Baghdad|Al-Karkh||33.26|44.23
erbil-airport|Erbil International Airport|مطار أربيل,مطار أربيل الدولي,مطار اربيل|facility|IQ|Erbil|Erbil||36.24|43.96
harir-ab|Harir Air Base|قاعدة حرير,قاعدة حرير الجوية|facility|IQ|Erbil|Shaqlawa|Harir|36.54|44.35
k1-base|K1 Base|قاعدة كي وان,قاعدة K1|facility|IQ|Kirkuk|Kirkuk||35.52|44.28
qayyarah-ab|Qayyarah Airfield West|قاعدة القيارة,قاعدة القيارة الجوية,مطار القيارة|facility|IQ|Ninewa|Mosul|Al-Qayyarah|35.77|43.13
green-zone|Green Zone|المنطقة الخضراء|neighbourhood|IQ|Baghdad|Al-Karkh||33.30|44.39
speicher|Camp Speicher|قاعدة سبايكر,معسكر سبايكر,قاعدة سبايكر الجوية|facility|IQ|Salah al-Din|Tikrit||34.65|43.54
hmeimim|Hmeimim Air Base|قاعدة حميميم,قاعدة حميميم الجوية,مطار حميميم|facility|SY|Lattakia|Jablah||35.40|35.95
tanf|Al Tanf Garrison|قاعدة التنف,التنف,منطقة التنف|facility|SY|Homs|Tadmor||33.50|38.66
t4-ab|Tiyas (T4) Air Base|مطار التيفور,قاعدة التيفور,مطار تي فور,مطار التياس|facility|SY|Homs|Tadmor||34.52|37.63
shayrat|Shayrat Air Base|مطار الشعيرات,قاعدة الشعيرات|facility|SY|Homs|Homs||34.49|36.91
mezzeh-ab|Mezzeh Military Airport|مطار المزة,مطار المزة العسكري|facility|SY|Damascus|Damascus||33.48|36.22
damascus-airport|Damascus International Airport|مطار دمشق,مطار دمشق الدولي|facility|SY|Rural Damascus|Rural Damascus||33.41|36.51
kuweires|Kuweires Air Base|مطار كويرس,مطار كويرس العسكري|facility|SY|Aleppo|Al Bab||36.19|37.58
abu-duhur|Abu al-Duhur Air Base|مطار أبو الظهور,مطار أبو الضهور|facility|SY|Idleb|Idleb||35.73|37.10
deir-airport|Deir ez-Zor Military Airport|مطار دير الزور,مطار دير الزور العسكري|facility|SY|Deir-ez-Zor|Deir-ez-Zor||35.29|40.18
rukban|Rukban Camp|مخيم الركبان|camp|SY|Homs|Tadmor||33.31|38.70
al-hol|Al Hol Camp|مخيم الهول|camp|SY|Al-Hasakeh|Al-Hasakeh||36.38|41.15
yarmouk|Yarmouk Camp|مخيم اليرموك|camp|SY|Damascus|Damascus||33.47|36.30
nasib|Nasib Border Crossing|معبر نصيب,معبر نصيب الحدودي,معبر جابر|crossing|SY|Dar'a|Dar'a||32.55|36.20
bab-al-hawa|Bab al-Hawa Border Crossing|معبر باب الهوى|crossing|SY|Idleb|Harim||36.23|36.66
bab-al-salama|Bab al-Salama Border Crossing|معبر باب السلامة|crossing|SY|Aleppo|Azaz||36.64|37.08
al-udeid|Al Udeid Air Base|قاعدة العديد,قاعدة العديد الجوية|facility|QA|Al Rayyan|||25.12|51.32
rafah-crossing|Rafah Border Crossing|معبر رفح,معبر رفح البري|crossing|PS|Gaza Strip|Rafah||31.25|34.26
kerem-shalom|Kerem Shalom Crossing|معبر كرم أبو سالم,معبر كرم ابو سالم,كرم أبو سالم|crossing|PS|Gaza Strip|Rafah||31.22|34.28
erez|Erez Crossing|معبر بيت حانون,معبر إيرز,معبر ايرز|crossing|PS|Gaza Strip|North Gaza||31.56|34.54
jabalia-camp|Jabalia Camp|مخيم جباليا|camp|PS|Gaza Strip|North Gaza||31.53|34.49
shati-camp|Al Shati Camp|مخيم الشاطئ|camp|PS|Gaza Strip|Gaza City||31.53|34.45
bureij-camp|Al Bureij Camp|مخيم البريج|camp|PS|Gaza Strip|Deir al-Balah||31.44|34.40
nuseirat-camp|Nuseirat Camp|مخيم النصيرات|camp|PS|Gaza Strip|Deir al-Balah||31.45|34.39
maghazi-camp|Al Maghazi Camp|مخيم المغازي|camp|PS|Gaza Strip|Deir al-Balah||31.42|34.38
jenin-camp|Jenin Camp|مخيم جنين|camp|PS|West Bank|Jenin||32.46|35.29
balata-camp|Balata Camp|مخيم بلاطة|camp|PS|West Bank|Nablus||32.21|35.28
qalandia-camp|Qalandia Camp|مخيم قلنديا|camp|PS|West Bank|Jerusalem||31.86|35.21
dheisheh-camp|Dheisheh Camp|مخيم الدهيشة|camp|PS|West Bank|Bethlehem||31.69|35.19
ain-al-hilweh|Ain al-Hilweh Camp|مخيم عين الحلوة|camp|LB|South|Saida||33.54|35.38
nahr-al-bared|Nahr al-Bared Camp|مخيم نهر البارد|camp|LB|North|Minieh-Danniyeh||34.51|35.96
beirut-airport|Beirut-Rafic Hariri International Airport|مطار بيروت,مطار بيروت الدولي,مطار رفيق الحريري,مطار رفيق الحريري الدولي|facility|LB|Mount Lebanon|Baabda||33.82|35.49
sanaa-airport|Sanaa International Airport|مطار صنعاء,مطار صنعاء الدولي|facility|YE|Amanat al Asimah|||15.48|44.22
aden-airport|Aden International Airport|مطار عدن,مطار عدن الدولي|facility|YE|Aden|Khur Maksar||12.83|45.03
al-anad|Al Anad Air Base|قاعدة العند,قاعدة العند الجوية|facility|YE|Lahij|Tuban||13.18|44.77
hodeidah-port|Hodeidah Port|ميناء الحديدة|facility|YE|Al Hudaydah|Al Hali||14.83|42.93
hodeidah-airport|Hodeidah Airport|مطار الحديدة|facility|YE|Al Hudaydah|Al Hali||14.75|42.98
abha-airport|Abha International Airport|مطار أبها,مطار أبها الدولي,مطار ابها|facility|SA|Asir|Abha||18.24|42.66
jazan-airport|King Abdullah Airport (Jazan)|مطار جازان,مطار الملك عبدالله بجازان,مطار الملك عبد الله بجازان|facility|SA|Jazan|Jazan||16.90|42.59
najran-airport|Najran Airport|مطار نجران|facility|SA|Najran|Najran||17.61|44.42
riyadh-airport|King Khalid International Airport|مطار الملك خالد,مطار الملك خالد الدولي|facility|SA|Riyadh|Riyadh||24.96|46.70
jeddah-airport|King Abdulaziz International Airport|مطار الملك عبدالعزيز,مطار الملك عبدالعزيز الدولي,مطار جدة|facility|SA|Makkah|Jeddah||21.68|39.16
kkab|King Khalid Air Base|قاعدة الملك خالد الجوية|facility|SA|Asir|Khamis Mushait||18.30|42.80
bagram|Bagram Air Base|قاعدة باغرام,قاعدة بغرام,قاعدة باغرام الجوية,قاعدة بغرام الجوية|facility|AF|Parwan|Bagram||34.95|69.27
kabul-airport|Kabul International Airport|مطار كابول,مطار كابول الدولي,مطار حامد كرزاي الدولي|facility|AF|Kabul|Kabul||34.57|69.21
kandahar-airfield|Kandahar Airfield|مطار قندهار,قاعدة قندهار الجوية|facility|AF|Kandahar|Daman||31.51|65.85
bastion|Camp Shorabak (Bastion)|قاعدة شوراب,معسكر باستيون,قاعدة باستيون|facility|AF|Helmand|Washer||31.86|64.22
mitiga|Mitiga International Airport|مطار معيتيقة,مطار معيتيقة الدولي|facility|LY|Tripoli|||32.89|13.28
watiya|Al Watiya Air Base|قاعدة الوطية,قاعدة الوطية الجوية|facility|LY|An Nuqat al Khams|||32.47|11.90
benina|Benina International Airport|مطار بنينا,مطار بنينا الدولي|facility|LY|Benghazi|||32.10|20.27
mogadishu-airport|Aden Adde International Airport|مطار مقديشو,مطار مقديشو الدولي,مطار آدم عدي الدولي|facility|SO|Banadir|Mogadishu||2.01|45.30
baledogle|Baledogle Airfield|قاعدة باليدوغلي|facility|SO|Lower Shabelle|Wanla Weyn||2.67|44.79
arish-airport|El Arish International Airport|مطار العريش|facility|EG|North Sinai|Al Arish||31.07|33.84
zeitoun-gaza|Al Zaytoun (Gaza City)|حي الزيتون|neighbourhood|PS|Gaza Strip|Gaza City||31.49|34.46
shujaiya|Al Shujaiya (Gaza City)|حي الشجاعية|neighbourhood|PS|Gaza Strip|Gaza City||31.50|34.48
tal-al-hawa|Tal al-Hawa (Gaza City)|حي تل الهوى|neighbourhood|PS|Gaza Strip|Gaza City||31.51|34.44
rimal|Al Rimal (Gaza City)|حي الرمال|neighbourhood|PS|Gaza Strip|Gaza City||31.52|34.45
sheikh-radwan|Sheikh Radwan (Gaza City)|حي الشيخ رضوان|neighbourhood|PS|Gaza Strip|Gaza City||31.53|34.46
sadr-city|Sadr City|مدينة الصدر|neighbourhood|IQ|Baghdad|Al-Rusafa||33.39|44.46
barawe|Barawe|براوة,براوا,باراوي|city|SO|Lower Shabelle|Baraawe||1.113|44.030
kismayo|Kismayo|كيسمايو,كسمايو|city|SO|Lower Juba|Kismayo||-0.358|42.545
beledweyne|Beledweyne|بلدوين,بلد وين|city|SO|Hiraan|Beledweyne||4.736|45.203
galkayo|Galkayo|جالكعيو,غالكعيو,جالكايو|city|SO|Mudug|Galkayo||6.769|47.431
bosaso|Bosaso|بوصاصو,بوساسو|city|SO|Bari|Bossaso||11.284|49.182
garowe|Garowe|جاروي,غاروي,جرووي|city|SO|Nugaal|Garowe||8.406|48.482
hargeisa|Hargeisa|هرجيسا,هرغيسا|city|SO|Woqooyi Galbeed|Hargeysa||9.560|44.065
merca|Marka|مركا,ماركا|city|SO|Lower Shabelle|Marka||1.716|44.770
afgoye|Afgooye|أفجوي,أفغوي,افجوي|city|SO|Lower Shabelle|Afgooye||2.139|45.121
dhusamareb|Dhuusamarreeb|طوسمريب,دوسامريب|city|SO|Galgaduud|Dhuusamarreeb||5.535|46.386
baidoa|Baidoa|بيدوا,بيدوة,بيداوا|city|SO|Bay|Baydhaba||3.114|43.650
al-bakr-hit|Hay al-Bakr (Hit)|حي البكر|neighbourhood|IQ|Al Anbar|Hit|Hit|33.65|42.83
";

/// All curated facilities.
pub fn facilities() -> Vec<Facility> {
    FACILITIES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&'static str> = l.split('|').collect();
            if f.len() != 10 {
                return None;
            }
            Some(Facility {
                id: f[0],
                name: f[1],
                names_ar: f[2].split(',').collect(),
                kind: f[3],
                cc: f[4],
                admin1: f[5],
                admin2: f[6],
                admin3: f[7],
                lat: f[8].parse().ok()?,
                lon: f[9].parse().ok()?,
            })
        })
        .collect()
}

/// Countries kept from the GeoNames city lists for the default index
/// (MENA, the Horn, the Sahel edge, Afghanistan/Pakistan).
pub const DEFAULT_COUNTRIES: &[&str] = &[
    "IQ", "SY", "YE", "SA", "EG", "PS", "IL", "LB", "JO", "LY", "SD", "SS", "SO", "AF", "PK", "IR",
    "TR", "KW", "QA", "AE", "BH", "OM", "TN", "DZ", "MA", "MR", "DJ", "ER", "ET", "KE", "TD",
];

/// Countries named with the article ("اليمن") whose bare form is a common
/// word ("أن يمن على المصابين بالشفاء": may He grant): without the article
/// they are no country.
pub const ARTICLE_ONLY_COUNTRIES: &[&str] = &["يمن"];

/// Keys that open a longer name and are no place alone, even after a place
/// noun ("ضاحية أبي الفداء" is not El Obeid, whatever "أبي" alone matches;
/// "مديرية الدفاع المدني" is no Al Difaa quarter of Riyadh).
pub const NEVER_ALONE: &[&str] = &["ابو", "ابي", "ابا", "بن", "ابن", "بنت", "عبد", "دفاع"];

/// Normalised keys (see [`crate::norm::name_key`]) that are common words and
/// must never be read as a place on their own, whatever the gazetteer says.
pub const STOP_KEYS: &[&str] = &[
    // "بمباركة" (with the blessing of), not Mobarakeh in Iran
    "مباركه",
    // "بدقة عالية" (high), not Aley in Lebanon
    "عاليه",
    "بلد",
    "بلاد",
    // "بلدة" (town), not Buldan in Turkey
    "بلده",
    "حرب",
    "قوات",
    "قوه",
    "جنوب",
    "شمال",
    "شرق",
    "غرب",
    "وسط",
    "امن",
    "سلام",
    "نصر",
    "حريه",
    "عرب",
    "عربيه",
    "عربي",
    "جيش",
    "دوله",
    "حكومه",
    "رئيس",
    "وزير",
    "مصدر",
    "يوم",
    "امس",
    "بيان",
    "جزيره",
    "حياه",
    "اخبار",
    "شعب",
    "ثوره",
    "وطن",
    "وطنيه",
    "نور",
    "امل",
    "فجر",
    "عاصمه",
    "مدينه",
    "منطقه",
    "محافظه",
    "قريه",
    "بلده",
    "حي",
    "مخيم",
    "ولايه",
    "مركز",
    "سوق",
    "جامعه",
    "مسجد",
    "كنيسه",
    "مستشفي",
    "مدرسه",
    "بحر",
    "نهر",
    "جبل",
    "وادي",
    "سهل",
    "صحراء",
    "عين",
    "بئر",
    "بير",
    "تل",
    "راس",
    "ابو",
    "ام",
    "بني",
    "بن",
    "ابن",
    "بنت",
    "دير",
    "كفر",
    "قصر",
    "برج",
    "باب",
    "جسر",
    "سد",
    "ميناء",
    "مطار",
    "قاعده",
    "معسكر",
    "معبر",
    "حدود",
    "حدوديه",
    // "في اشتباك تلا الهجوم" (followed): not Tala in Monufia
    "تلا",
    "تلت",
    // "الفصائل الفلسطينية" (the factions): not Fasayil in the Jordan valley
    "فصائل",
    "فصايل",
    "شهداء",
    "شهيد",
    "اسلام",
    "اسلاميه",
    "دين",
    "حزب",
    "الله",
    "لله",
    "محمد",
    "علي",
    "حسن",
    "حسين",
    "احمد",
    "عمر",
    "عثمان",
    "خالد",
    "سعيد",
    "سعد",
    "صالح",
    "عبد",
    "عبدالله",
    "يوسف",
    "ابراهيم",
    "مصطفي",
    "محمود",
    "جمال",
    "كمال",
    "سلمان",
    "فيصل",
    "فهد",
    "نايف",
    "طلال",
    "بيت",
    "دار",
    "مزرعه",
    "شركه",
    "مصنع",
    "طريق",
    "شارع",
    "ساحه",
    "ميدان",
    "حديقه",
    "نادي",
    "حزيران",
    "تموز",
    "اب",
    "ايلول",
    "نيسان",
    "ايار",
    "اذار",
    "شباط",
    "كانون",
    "اعلام",
    "اعلان",
    "كتائب",
    "لواء",
    "فرقه",
    "فيلق",
    "حشد",
    "تحالف",
    "مجلس",
    "برلمان",
    "نواب",
    "شوري",
    "عام",
    "عامه",
    "جديد",
    "جديده",
    "كبير",
    "كبري",
    "صغير",
    "اول",
    "ثاني",
    "خير",
    "بركه",
    "رحمه",
    "هدي",
    "مني",
    "صفا",
    "مروه",
    "زهراء",
    "فاطمه",
    "عائشه",
    "مريم",
    "اكثر",
    "اقل",
    "اخري",
    "اخر",
    "بعد",
    "قبل",
    "خلال",
    "حول",
    "بين",
    "عند",
    "منذ",
    "حتي",
    "مع",
    "ضد",
    "عن",
    "علي",
    "الي",
    "في",
    "من",
    "ما",
    "لا",
    "ان",
    "او",
    "ثم",
    "قد",
    "لم",
    "لن",
    "كان",
    "كانت",
    "تم",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "هو",
    "هي",
    "هم",
    "مصادر",
    "مسؤول",
    "مسؤولين",
    "اطلاق",
    "نار",
    "صواريخ",
    "صاروخ",
    "قصف",
    "غاره",
    "هجوم",
    "انفجار",
    "عبوه",
    "سياره",
    "مقتل",
    "قتلي",
    "جرحي",
    "اصابه",
    "ضحايا",
    "مدنيين",
    "عسكري",
    "عسكريه",
    "امني",
    "امنيه",
    "شرطه",
    "حرس",
    "مطالب",
    "عمل",
    "اعمال",
    "ملك",
    "امير",
    "شيخ",
    "سلطان",
    "ولي",
    "عهد",
    "قائد",
    "ثوار",
    "معارضه",
    "نظام",
    "ارض",
    "اراضي",
    "سماء",
    "جو",
    "زياره",
    "صحه",
    "مال",
    "مالي",
    "اقتصاد",
    "نفط",
    "غاز",
    "ماء",
    "مياه",
    "كهرباء",
    "نقل",
    "تونسي",
    "اسرائيلي",
    "فلسطيني",
    "روسي",
    "امريكي",
    "ايراني",
    "تركي",
    "كردي",
    "كرد",
    "اكراد",
    "سنه",
    "شيعه",
    "سني",
    "شيعي",
    "مسيحي",
    "ايزيدي",
    "عشائر",
    "عشيره",
    "قبيله",
    "قبائل",
    "مصري",
    "سوري",
    "عراقي",
    "يمني",
    "ليبي",
    "سوداني",
    "لبناني",
    "اردني",
    "سعودي",
    "خليج",
    "خليجي",
    "اوسط",
    "شرق اوسط",
    "غربيه",
    "شرقيه",
    "شماليه",
    "جنوبيه",
    "وسطي",
    "اعلي",
    "ادني",
    "صدر",
    "حكيم",
    "مالكي",
    "عبادي",
    "حريري",
    "اسد",
    "اسد",
    "بشير",
    "نصرالله",
    "حوثي",
    "حوثيين",
    "اخوان",
    "داعش",
    "قاعده",
    "نصره",
    "طالبان",
    "شباب",
    "حماس",
    "فتح",
    "جهاد",
    "قاسم",
    "سليماني",
    "جعفر",
    "باقر",
    "كاظم",
    "هادي",
    "مهدي",
    "رضا",
    "زيد",
    "عادل",
    "طارق",
    "ماجد",
    "وليد",
    "هشام",
    "سامي",
    "نبيل",
    "عماد",
    "حمزه",
    "عباس",
    "ياسين",
    "ناصر",
    "جابر",
    "بكر",
    "زكريا",
    "موسي",
    "عيسي",
    "داود",
    "نوري",
    "فؤاد",
    "صدام",
    "معمر",
    "حافظ",
    "بشار",
    "رجب",
    "اردوغان",
    "ترامب",
    "بوتين",
    "روحاني",
    "خامنئي",
    "ظريف",
    "نتنياهو",
    "كشف",
    "اطار",
    "دور",
    "اثر",
    "نقطه",
    "موقف",
    "قرار",
    "امر",
    "حال",
    "اسبوع",
    "شهر",
    "ساعه",
    "ليله",
    "صباح",
    "مساء",
    "جمعه",
    "سبت",
    "احد",
    "اثنين",
    "ثلاثاء",
    "اربعاء",
    "خميس",
    "تقرير",
    "رساله",
    "قياده",
    "عمليات",
    "مقر",
    "مقار",
    "مواقع",
    "اهداف",
    "هدف",
    "سيطره",
    "مدخل",
    "مخرج",
    "سالم",
    "وان",
    "كامل",
    "وجه",
    "ناريه",
    "سكر",
    "قري",
    "تم",
    "نحو",
    "عدد",
    "اعداد",
    "جانب",
    "طرف",
    "اطراف",
    "محيط",
    "داخل",
    "خارج",
    "فوق",
    "تحت",
    "اعلان",
    "صحف",
    "سلطات",
    "ضباط",
    "باي",
    "بانه",
    "واشار",
    "اشار",
    "خبراء",
    "قبليه",
    "مطله",
    "مضيق",
    "تحرير",
    "مزار",
    "عبور",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "جمهوريه",
    "مملكه",
    "امارات",
    "دول",
    "عالم",
    "اوروبا",
    "انباء",
    "وكالات",
    "مواطنين",
    "سكان",
    "اهالي",
    "لاجئين",
    "نازحين",
    "حدث",
    "حادث",
    "حادثه",
    "خمس",
    "عدم",
    "مدنيه",
    "تركمان",
    "ساحل",
    "فصائل",
    "يهود",
    "سلطه",
    "فرسان",
    "مصدر",
    "ناري",
    "ستة",
    "سته",
    "سبع",
    "ثمان",
    "تسع",
    "عشر",
    "ثلاث",
    "اربع",
    "الف",
    "مليون",
    "ضربه",
    "ضربات",
    "بقعه",
    "مثلث",
    "خبر",
    "رصد",
    "غور",
    "تبين",
    "عروق",
    "منقم",
    "صعيد",
    "بورصه",
    "وتيره",
    "اشهر",
    "امان",
    "خضراء",
    "وجيزه",
    "وجيز",
    "بامان",
    "نادي",
    "منتخب",
    "زيتون",
    "رمال",
    "شجاعيه",
];

/// First names: a name starting with one is a person unless a place noun precedes it.
pub const FIRST_NAMES: &[&str] = &[
    "محمد",
    "علي",
    "حسن",
    "حسين",
    "احمد",
    "عبد",
    "عبدالله",
    "عمر",
    "خالد",
    "سعيد",
    "صالح",
    "يوسف",
    "ابراهيم",
    "مصطفي",
    "محمود",
    "سلمان",
    "فيصل",
    "فهد",
    "نايف",
    "قاسم",
    "جعفر",
    "عادل",
    "طارق",
    "ناصر",
    "جمال",
    "كمال",
    "هادي",
    "عباس",
    "حمد",
    "سلطان",
    "منصور",
];

/// Generic place nouns that, right before a name, make it a place.
pub const TRIGGERS: &[&str] = &[
    "مدينه",
    "بلده",
    "قريه",
    "حي",
    "منطقه",
    "محافظه",
    "ناحيه",
    "قضاء",
    "قضا",
    "مخيم",
    "ولايه",
    "اقليم",
    "مديريه",
    "مقاطعه",
    "عاصمه",
    "ضاحيه",
    "بلدات",
    "قري",
    "مدن",
    "احياء",
    "مناطق",
    "محافظات",
    "ولايات",
    "مديريات",
    "مخيمات",
    "ريف",
    // the desert of a province ("بادية السويداء", "صحراء سيناء")
    "باديه",
    "بوادي",
    "صحراء",
    "اطراف",
    "ضواحي",
    "مشارف",
    "محيط",
    "قرب",
    "بلديه",
    "جزيره",
];

/// Words after which a name is probably a place (prepositions of place).
pub const WEAK_TRIGGERS: &[&str] = &["في", "من", "الي", "نحو", "داخل", "قرب", "بين", "عند"];
