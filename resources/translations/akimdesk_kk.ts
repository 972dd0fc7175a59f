<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AbsenteeDialog</name>
    <message>
        <source>Absentee certificate</source>
        <translation>Есептен шығару куәлігі</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Куәлік нөмірі</translation>
    </message>
    <message>
        <source>Certificates are issued until {deadline} on the day before the election. A voter who holds one cannot get a ballot at this station.</source>
        <translation>Куәліктер сайлау алдындағы күні сағат {deadline} дейін беріледі. Куәлік алған сайлаушы бұл учаскеде бюллетень ала алмайды.</translation>
    </message>
    <message>
        <source>Record the certificate</source>
        <translation>Куәлікті тіркеу</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Voter: {name}, IIN {iin}</source>
        <translation>Сайлаушы: {name}, ЖСН {iin}</translation>
    </message>
</context>
<context>
    <name>AddVoterDialog</name>
    <message>
        <source>number of the absentee certificate</source>
        <translation>есептен шығару куәлігінің нөмірі</translation>
    </message>
    <message>
        <source>number of the address certificate</source>
        <translation>мекенжай анықтамасының нөмірі</translation>
    </message>
    <message>
        <source>court, number and date of the decision</source>
        <translation>сот, шешімнің нөмірі мен күні</translation>
    </message>
    <message>
        <source>why the voter is added</source>
        <translation>сайлаушы не үшін енгізіледі</translation>
    </message>
    <message>
        <source>Add a voter who is not on the list</source>
        <translation>Тізімде жоқ сайлаушыны енгізу</translation>
    </message>
    <message>
        <source>A voter who is not on the list is added with the grounds and their document; the ballot is issued as soon as they are added.</source>
        <translation>Тізімде жоқ сайлаушы негізі мен құжаты көрсетіліп енгізіледі; бюллетень енгізілген бойда беріледі.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Grounds document</source>
        <translation>Негіздеме құжаты</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Absentee certificate from another precinct</source>
        <translation>Басқа учаскенің есептен шығару куәлігі</translation>
    </message>
    <message>
        <source>Certificate of the address of residence</source>
        <translation>Тұрғылықты мекенжай туралы анықтама</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Сот шешімі</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>Басқа негіз</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Жеке куәлік</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>бар болса</translation>
    </message>
    <message>
        <source>empty: no document recorded</source>
        <translation>бос болса, құжат жазылмайды</translation>
    </message>
    <message>
        <source>Add and issue the ballot</source>
        <translation>Енгізу және бюллетень беру</translation>
    </message>
</context>
<context>
    <name>AmendProtocolDialog</name>
    <message>
        <source>Repeat protocol</source>
        <translation>Қайталама хаттама</translation>
    </message>
    <message>
        <source>A repeat protocol (version {next}) is opened when the count must be corrected after signing. Version {version} stays exactly as it was signed and can still be viewed and printed. Version {next} is counted, checked and signed by the commission again.</source>
        <translation>Қол қойылғаннан кейін санау нәтижесін түзету қажет болса, қайталама хаттама ({next}-нұсқа) ашылады. {version}-нұсқа қол қойылған күйінде өзгеріссіз сақталады, оны бұрынғыша көруге және басып шығаруға болады. {next}-нұсқаны комиссия қайта санап, тексеріп, оған қайта қол қояды.</translation>
    </message>
    <message>
        <source>Reason for the repeat protocol (printed on it and kept in the record):</source>
        <translation>Қайталама хаттаманың себебі (хаттамада басылады және жазбада сақталады):</translation>
    </message>
    <message>
        <source>Reason for the repeat protocol</source>
        <translation>Қайталама хаттаманың себебі</translation>
    </message>
    <message>
        <source>Open version {next}</source>
        <translation>{next}-нұсқаны ашу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Members present</source>
        <translation>Қатысып отырған мүшелер</translation>
    </message>
    <message>
        <source>Tick every member present for the count and the signing of the protocol, then record the list. The chair, the deputy or the secretary records it.</source>
        <translation>Санауға және хаттамаға қол қоюға қатысып отырған әр мүшені белгілеп, тізімді тіркеңіз. Тізімді комиссия төрағасы, төрағаның орынбасары немесе хатшы тіркейді.</translation>
    </message>
    <message>
        <source>Record who is present</source>
        <translation>Қатысушыларды тіркеу</translation>
    </message>
    <message>
        <source>Recorded present: {count} of {members}. Quorum (two thirds): {needed}.</source>
        <translation>Қатысушы ретінде тіркелгені: {members} мүшенің {count}. Кворум (үштен екісі): {needed}.</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <source>Locking the screen</source>
        <translation>Экранды құлыптау</translation>
    </message>
    <message>
        <source>When nobody uses the desk for this long, the screen locks and the next member signs in with their PIN.</source>
        <translation>Үстелді осынша уақыт ешкім пайдаланбаса, экран құлыпталады, ал келесі мүше өз PIN-кодымен кіреді.</translation>
    </message>
    <message>
        <source>Lock after (minutes):</source>
        <translation>Құлыптау уақыты (минут):</translation>
    </message>
    <message>
        <source>Lock after (minutes)</source>
        <translation>Құлыптау уақыты (минут)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Commission passphrase (first backup only)</source>
        <translation>Комиссияның құпия сөз тіркесі (тек алғашқы көшірмеге)</translation>
    </message>
    <message>
        <source>Commission passphrase for the first backup</source>
        <translation>Алғашқы сақтық көшірмеге арналған комиссияның құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>Back up now to the stick</source>
        <translation>Қазір флешкаға сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматты сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>Аралығы (минут)</translation>
    </message>
    <message>
        <source>a second folder or the USB stick</source>
        <translation>екінші қалта немесе USB флешка</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Автоматты сақтық көшірмелер қалтасы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Minutes between automatic backups</source>
        <translation>Автоматты сақтық көшірмелер арасындағы минуттар</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Баптауларды сақтау</translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation>Соңғы сақтық көшірме: {time}</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Сақтық көшірме әлі жасалмаған.</translation>
    </message>
    <message>
        <source>Automatic backup every {minutes} minutes to {folder}.</source>
        <translation>Автоматты сақтық көшірме әр {minutes} минут сайын {folder} ішіне жазылады.</translation>
    </message>
    <message>
        <source>They start after the first backup with the passphrase.</source>
        <translation>Олар құпия сөз тіркесімен жасалған алғашқы көшірмеден кейін басталады.</translation>
    </message>
    <message>
        <source>Automatic backups are not set up.</source>
        <translation>Автоматты сақтық көшірме бапталмаған.</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Автоматты сақтық көшірмелер қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Сақтық көшірме жазылуда…</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>most votes</source>
        <translation>ең көп дауыс</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>сайлаудан шықты</translation>
    </message>
</context>
<context>
    <name>CheckInActionsWidget</name>
    <message>
        <source>Issue the ballot (Enter)</source>
        <translation>Бюллетень беру (Enter)</translation>
    </message>
    <message>
        <source>With document, helper, mobile box… (Ctrl+D)</source>
        <translation>Құжат, көмекші, жылжымалы жәшік… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Undo the issue… (Ctrl+Z)</source>
        <translation>Беруді болдырмау… (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Add a voter not on the list… (Ctrl+N)</source>
        <translation>Тізімде жоқ сайлаушыны енгізу… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mobile-box request… (Ctrl+M)</source>
        <translation>Жылжымалы жәшікке өтініш… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Absentee certificate… (Ctrl+A)</source>
        <translation>Есептен шығару куәлігі… (Ctrl+A)</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>Бюллетень беру</translation>
    </message>
    <message>
        <source>Check-in starts once an election is loaded and the station is opened.</source>
        <translation>Бюллетень беру сайлау жүктеліп, учаске ашылғаннан кейін басталады.</translation>
    </message>
    <message>
        <source>Check-in starts when the chair opens the station.</source>
        <translation>Бюллетень беру төраға учаскені ашқанда басталады.</translation>
    </message>
    <message>
        <source>The station is closed: check-in is over.</source>
        <translation>Учаске жабық: бюллетень беру аяқталды.</translation>
    </message>
    <message>
        <source>IIN or name of the voter</source>
        <translation>Сайлаушының ЖСН-і немесе аты-жөні</translation>
    </message>
    <message>
        <source>Scan or type the IIN, or the first letters of the name</source>
        <translation>ЖСН-ді сканерлеңіз не теріңіз, немесе аты-жөнінің алғашқы әріптерін жазыңыз</translation>
    </message>
    <message>
        <source>The station is not open yet: ballots are issued once the chair opens it. Until then, record the absentee certificates issued before the day (Ctrl+A) and mobile-box requests (Ctrl+M).</source>
        <translation>Учаске әлі ашылмаған: бюллетеньдер төраға учаскені ашқаннан кейін беріледі. Әзірге сайлау күнінен бұрын берілген есептен шығару куәліктерін (Ctrl+A) және жылжымалы жәшікке өтініштерді (Ctrl+M) тіркеуге болады.</translation>
    </message>
    <message>
        <source>Enter: find · Up/Down: choose a voter · Esc: clear</source>
        <translation>Enter: табу · Жоғары/Төмен: сайлаушыны таңдау · Esc: тазалау</translation>
    </message>
    <message>
        <source>Enter: find, then issue · Up/Down: choose a voter · Esc: clear · the IIN scanner types into the field</source>
        <translation>Enter: табу, содан соң беру · Жоғары/Төмен: сайлаушыны таңдау · Esc: тазалау · ЖСН сканері өріске өзі жазады</translation>
    </message>
    <message>
        <source>Choose a voter first: scan the IIN or type the name, then Enter.</source>
        <translation>Алдымен сайлаушыны таңдаңыз: ЖСН-ді сканерлеңіз не аты-жөнін жазып, Enter басыңыз.</translation>
    </message>
</context>
<context>
    <name>CheckInResultsView</name>
    <message>
        <source>Voters found</source>
        <translation>Табылған сайлаушылар</translation>
    </message>
</context>
<context>
    <name>CloseStationDialog</name>
    <message>
        <source>Close the station</source>
        <translation>Учаскені жабу</translation>
    </message>
    <message>
        <source>Ballots issued: {station} at the station, {mobile} by the mobile box. Ballots left: {left}.</source>
        <translation>Берілген бюллетень: учаскеде {station}, жылжымалы жәшікпен {mobile}. Қалған бюллетень: {left}.</translation>
    </message>
    <message>
        <source>Voting lasts until {hour}; the laptop's time is {now}.</source>
        <translation>Дауыс беру сағат {hour} дейін жалғасады; ноутбук уақыты: {now}.</translation>
    </message>
    <message>
        <source>Reason for closing early</source>
        <translation>Ерте жабу себебі</translation>
    </message>
    <message>
        <source>only before {hour}</source>
        <translation>тек сағат {hour} дейін</translation>
    </message>
    <message>
        <source>Check-in ends for good when the station is closed</source>
        <translation>Учаске жабылғанда бюллетень беру біржола аяқталады</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Count</source>
        <translation>Санау</translation>
    </message>
    <message>
        <source>The count starts when the station is closed.</source>
        <translation>Санау учаске жабылғаннан кейін басталады.</translation>
    </message>
    <message>
        <source>You are entering:</source>
        <translation>Сіз енгізесіз:</translation>
    </message>
    <message>
        <source>first entry</source>
        <translation>бірінші енгізу</translation>
    </message>
    <message>
        <source>second entry</source>
        <translation>екінші енгізу</translation>
    </message>
    <message>
        <source>Two different members enter every line; the second entry does not see the first.</source>
        <translation>Әр жолды екі түрлі мүше енгізеді; екінші енгізуші біріншісінің мәндерін көрмейді.</translation>
    </message>
    <message>
        <source>Type the figures of the protocol: Enter or Tab moves to the next line. A line filled from the station's records shows that value; another value there needs a reason. A line whose two entries differ turns red.</source>
        <translation>Хаттаманың сандарын теріңіз: Enter немесе Tab келесі жолға өткізеді. Учаске жазбаларынан толтырылған жол сол мәнді көрсетеді; басқа мән үшін себеп керек. Екі енгізуі сәйкес келмейтін жол қызылмен белгіленеді.</translation>
    </message>
    <message>
        <source>Tally sheet</source>
        <translation>Санау парағы</translation>
    </message>
    <message>
        <source>Members present and special opinions</source>
        <translation>Қатысушы мүшелер және ерекше пікірлер</translation>
    </message>
    <message>
        <source>Finalise and sign…</source>
        <translation>Бекіту және қол қою…</translation>
    </message>
    <message>
        <source>Count — repeat protocol, version {version}</source>
        <translation>Санау — қайталама хаттама, {version}-нұсқа</translation>
    </message>
    <message>
        <source>Protocol version {version} is finalised and signed; the figures can no longer change. A correction is made as a repeat protocol.</source>
        <translation>{version}-нұсқа хаттама бекітілді және қол қойылды; сандар енді өзгермейді. Түзету қайталама хаттамамен жасалады.</translation>
    </message>
    <message>
        <source>acting member: {member}</source>
        <translation>әрекет ететін мүше: {member}</translation>
    </message>
    <message>
        <source>choose the acting member in the toolbar</source>
        <translation>әрекет ететін мүшені құралдар тақтасынан таңдаңыз</translation>
    </message>
    <message>
        <source>Ready to finalise: every line is entered twice and agrees, and the quorum is present.</source>
        <translation>Бекітуге дайын: әр жол екі рет енгізілді және сәйкес келеді, кворум бар.</translation>
    </message>
    <message>
        <source>Signing the protocol…</source>
        <translation>Хаттамаға қол қойылуда…</translation>
    </message>
</context>
<context>
    <name>CountReasonDialog</name>
    <message>
        <source>Line {number}: a value other than the records</source>
        <translation>{number}-жол: жазбалардағыдан басқа мән</translation>
    </message>
    <message>
        <source>Why does the commission enter {value} on line {number}? The reason is kept with the entry.</source>
        <translation>Комиссия {number}-жолға неліктен {value} енгізеді? Себеп енгізумен бірге сақталады.</translation>
    </message>
    <message>
        <source>Reason for the different value</source>
        <translation>Басқа мәннің себебі</translation>
    </message>
    <message>
        <source>Enter the value</source>
        <translation>Мәнді енгізу</translation>
    </message>
</context>
<context>
    <name>DemoElectionDialog</name>
    <message>
        <source>Demo election</source>
        <translation>Демо сайлау</translation>
    </message>
    <message>
        <source>Start the demo election</source>
        <translation>Демо сайлауды бастау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>This database holds no election. A real election is loaded from the district's signed package. For training you can start a demo election instead: a synthetic election marked DEMO with {count} voters.</source>
        <translation>Бұл дерекқорда сайлау жоқ. Нақты сайлау аумақтық комиссияның қол қойылған пакетінен жүктеледі. Оқу үшін оның орнына демо сайлауды бастауға болады: ДЕМО деп белгіленген, {count} сайлаушысы бар шартты сайлау.</translation>
    </message>
    <message>
        <source>The demo election is loaded with {count} voters. The commission members are:</source>
        <translation>Демо сайлау жүктелді, сайлаушылар саны: {count}. Комиссия мүшелері:</translation>
    </message>
    <message>
        <source>PIN {pin}</source>
        <translation>PIN-код {pin}</translation>
    </message>
    <message>
        <source>Each member signs in to the desk's screen with their PIN.</source>
        <translation>Әр мүше үстел экранына өз PIN-кодымен кіреді.</translation>
    </message>
    <message>
        <source>Commission passphrase of the demo: {passphrase}</source>
        <translation>Демо комиссиясының құпия сөз тіркесі: {passphrase}</translation>
    </message>
</context>
<context>
    <name>DistrictWindow</name>
    <message>
        <source>akimdesk — district election commission</source>
        <translation>akimdesk — аумақтық сайлау комиссиясы</translation>
    </message>
    <message>
        <source>District database: {file}</source>
        <translation>Аудан дерекқоры: {file}</translation>
    </message>
    <message>
        <source>No district keys yet</source>
        <translation>Аудан кілттері әлі жоқ</translation>
    </message>
    <message>
        <source>Precincts counted: {reported} of {expected}</source>
        <translation>Саналған учаскелер: {reported}, барлығы: {expected}</translation>
    </message>
</context>
<context>
    <name>DrivePickerWidget</name>
    <message>
        <source>No USB stick found. Insert one and press Refresh, or choose a folder instead.</source>
        <translation>USB флешка табылмады. Флешканы салып, «Жаңарту» батырмасын басыңыз немесе оның орнына қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>Free space: {free} of {total}</source>
        <translation>Бос орын: {free} / {total}</translation>
    </message>
    <message>
        <source>USB stick {label} ({folder})</source>
        <translation>{label} USB флешкасы ({folder})</translation>
    </message>
    <message>
        <source>Folder {folder}</source>
        <translation>{folder} қалтасы</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>USB флешка</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Choose a folder instead…</source>
        <translation>Оның орнына қалта таңдау…</translation>
    </message>
    <message>
        <source>Choose the folder to write to</source>
        <translation>Жазылатын қалтаны таңдаңыз</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Export and backups</source>
        <translation>Жіберу және сақтық көшірмелер</translation>
    </message>
    <message>
        <source>The bundle for the district and backups need a loaded election. On a spare laptop, restore the backup of the lost one below.</source>
        <translation>Аумақтық комиссияға пакет пен сақтық көшірмелер үшін сайлау жүктелуі керек. Қосалқы ноутбукте жоғалған ноутбуктің сақтық көшірмесін төменде қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Bundle for the district commission</source>
        <translation>Аумақтық сайлау комиссиясына арналған пакет</translation>
    </message>
    <message>
        <source>The signed bundle holds the finalised protocol, turnout, the records of the day (personal data sealed for the district) and the audit log. It is written to the stick and read back before you may remove the stick.</source>
        <translation>Қол қойылған пакетте бекітілген хаттама, қатысу, күннің жазбалары (дербес деректер аумақтық комиссия үшін шифрланған) және аудит журналы бар. Пакет флешкаға жазылып, қайта оқылып тексерілгеннен кейін ғана флешканы алуға болады.</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <source>Commission passphrase</source>
        <translation>Комиссияның құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>Commission passphrase for the export</source>
        <translation>Пакетті жіберуге арналған комиссияның құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>Export the bundle to the stick</source>
        <translation>Пакетті флешкаға жазу</translation>
    </message>
    <message>
        <source>Verify a bundle file…</source>
        <translation>Пакет файлын тексеру…</translation>
    </message>
    <message>
        <source>Restore on a spare laptop</source>
        <translation>Қосалқы ноутбукте қалпына келтіру</translation>
    </message>
    <message>
        <source>If the desk's laptop is lost or broken, start akimdesk on a spare laptop and restore the latest backup here, with the commission passphrase.</source>
        <translation>Үстелдің ноутбугі жоғалса немесе бұзылса, қосалқы ноутбукте akimdesk бағдарламасын іске қосып, соңғы сақтық көшірмені осы жерде комиссияның құпия сөз тіркесімен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>This database already holds an election: a backup is restored only on a laptop whose database is still empty.</source>
        <translation>Бұл дерекқорда сайлау бар: сақтық көшірме тек дерекқоры әлі бос ноутбукте қалпына келтіріледі.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>choose the acting member in the toolbar</source>
        <translation>әрекет ететін мүшені құралдар тақтасынан таңдаңыз</translation>
    </message>
    <message>
        <source>Writing the bundle to the stick and reading it back…</source>
        <translation>Пакет флешкаға жазылып, қайта оқылуда…</translation>
    </message>
    <message>
        <source>Choose the bundle to verify</source>
        <translation>Тексерілетін пакетті таңдаңыз</translation>
    </message>
    <message>
        <source>akimdesk bundles (*.akb)</source>
        <translation>akimdesk пакеттері (*.akb)</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Пакет тексерілуде…</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <source>Finalise and sign the protocol</source>
        <translation>Хаттаманы бекіту және қол қою</translation>
    </message>
    <message>
        <source>The protocol is signed with the precinct key, which the commission passphrase unlocks. Once signed it cannot be changed: a correction is made as a repeat protocol.</source>
        <translation>Хаттамаға учаскенің кілтімен қол қойылады, кілтті комиссияның құпия сөз тіркесі ашады. Қол қойылған хаттама өзгертілмейді: түзету қайталама хаттамамен жасалады.</translation>
    </message>
    <message>
        <source>Signing as: {member}</source>
        <translation>Қол қоюшы: {member}</translation>
    </message>
    <message>
        <source>Commission passphrase</source>
        <translation>Комиссияның құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>Mandatory control ratios not met:</source>
        <translation>Орындалмаған міндетті бақылау арақатынастары:</translation>
    </message>
    <message>
        <source>The commission's reason for finalising all the same (printed on the protocol):</source>
        <translation>Комиссияның соған қарамастан бекіту себебі (хаттамада басылады):</translation>
    </message>
    <message>
        <source>Reason for finalising although a ratio is not met</source>
        <translation>Арақатынас орындалмаса да бекіту себебі</translation>
    </message>
    <message>
        <source>Finalise and sign</source>
        <translation>Бекіту және қол қою</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>FlaggedVoterTable</name>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Voters whose IIN failed the checks</source>
        <translation>ЖСН тексеруден өтпеген сайлаушылар</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import bundles</source>
        <translation>Пакеттерді қабылдау</translation>
    </message>
    <message>
        <source>Bundles are imported once the district's keys exist.</source>
        <translation>Пакеттер аудан кілттері жасалғаннан кейін қабылданады.</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>Қабылданған пакеттер</translation>
    </message>
    <message>
        <source>Import the precincts' bundles</source>
        <translation>Учаскелердің деректер пакеттерін қабылдау</translation>
    </message>
    <message>
        <source>Each bundle is checked: the signature over every byte, the precinct's certificate, every part and the signed protocol. A bundle is accepted only if it is newer than what that precinct sent before; the same file again changes nothing.</source>
        <translation>Әр пакет тексеріледі: әр байтқа қойылған қолтаңба, учаске сертификаты, әр бөлігі және қол қойылған хаттама. Пакет сол учаске бұрын жіберген пакеттен жаңа болса ғана қабылданады; сол файлды қайта жүктеу ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>District passphrase</source>
        <translation>Аудан құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>Choose bundle files…</source>
        <translation>Пакет файлдарын таңдау…</translation>
    </message>
    <message>
        <source>Import every bundle on the USB sticks</source>
        <translation>Флешкалардағы барлық пакеттерді қабылдау</translation>
    </message>
    <message>
        <source>Choose the precincts' bundles</source>
        <translation>Учаскелердің пакеттерін таңдаңыз</translation>
    </message>
    <message>
        <source>akimdesk bundles (*.akb);;All files (*)</source>
        <translation>akimdesk пакеттері (*.akb);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>No bundles (.akb files) were found on the USB sticks.</source>
        <translation>Флешкаларда пакеттер (.akb файлдары) табылмады.</translation>
    </message>
    <message>
        <source>Type the district passphrase first.</source>
        <translation>Алдымен аудан құпия сөз тіркесін теріңіз.</translation>
    </message>
    <message>
        <source>Checking and importing {count} bundle(s)…</source>
        <translation>Пакеттер тексеріліп, қабылдануда: {count}…</translation>
    </message>
    <message>
        <source>Not accepted: {count} (see the reasons below).</source>
        <translation>Қабылданбағандары: {count} (себептері төменде).</translation>
    </message>
</context>
<context>
    <name>ImportProblemTable</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Problems found in the voter list</source>
        <translation>Сайлаушылар тізімінен табылған мәселелер</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Кітап</translation>
    </message>
</context>
<context>
    <name>IssueDetailsDialog</name>
    <message>
        <source>Issue with document and helper</source>
        <translation>Құжатпен және көмекшімен беру</translation>
    </message>
    <message>
        <source>Asked for the mobile box at {time}: {reason}</source>
        <translation>Жылжымалы жәшікке өтініш, {time}: {reason}</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Жеке куәлік</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Helper's name</source>
        <translation>Көмекшінің аты-жөні</translation>
    </message>
    <message>
        <source>Mobile box</source>
        <translation>Жылжымалы жәшік</translation>
    </message>
    <message>
        <source>First carrier</source>
        <translation>Жәшікпен барған бірінші мүше</translation>
    </message>
    <message>
        <source>Second carrier</source>
        <translation>Жәшікпен барған екінші мүше</translation>
    </message>
    <message>
        <source>empty: no document recorded</source>
        <translation>бос болса, құжат жазылмайды</translation>
    </message>
    <message>
        <source>only when the voter needs help</source>
        <translation>сайлаушыға көмек керек болса ғана</translation>
    </message>
    <message>
        <source>the ballot was taken to the voter in the mobile box</source>
        <translation>бюллетень сайлаушыға жылжымалы жәшікпен апарылды</translation>
    </message>
    <message>
        <source>choose a member</source>
        <translation>мүшені таңдаңыз</translation>
    </message>
    <message>
        <source>A helper may not be a commission member. The mobile box is carried by two members.</source>
        <translation>Көмекші комиссия мүшесі бола алмайды. Жылжымалы жәшікті екі мүше апарады.</translation>
    </message>
    <message>
        <source>Issue the ballot</source>
        <translation>Бюллетень беру</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>District keys</source>
        <translation>Аудан кілттері</translation>
    </message>
    <message>
        <source>The district's keys</source>
        <translation>Кілттер мен сертификат</translation>
    </message>
    <message>
        <source>District commission</source>
        <translation>Аумақтық комиссия</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Сертификаттың саусақ ізі</translation>
    </message>
    <message>
        <source>Every handover act prints this fingerprint: a precinct loads its election package only when the fingerprint typed from the act matches.</source>
        <translation>Бұл саусақ ізі әр беру актісінде басылады: учаске сайлау пакетін актіден терілген саусақ ізі сәйкес келгенде ғана жүктейді.</translation>
    </message>
    <message>
        <source>Keep a key backup on a separate stick in the safe. The keys inside stay sealed under the district passphrase.</source>
        <translation>Кілттердің сақтық көшірмесін бөлек флешкада сейфте сақтаңыз. Ішіндегі кілттер аудан құпия сөз тіркесімен жабық күйінде қалады.</translation>
    </message>
    <message>
        <source>Save a key backup…</source>
        <translation>Кілттердің сақтық көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>Make the district's keys</source>
        <translation>Аудан кілттерін жасау</translation>
    </message>
    <message>
        <source>On first use the district makes its signing key with its own certificate, and a separate key for the personal data the precincts send. Both are sealed under the district passphrase: choose a long one and keep it in writing in the safe.</source>
        <translation>Алғаш іске қосқанда аудан өз сертификаты бар қол қою кілтін және учаскелер жіберетін дербес деректерге арналған бөлек кілтті жасайды. Екеуі де аудан құпия сөз тіркесімен жабылады: ұзын тіркес таңдап, оны жазбаша түрде сейфте сақтаңыз.</translation>
    </message>
    <message>
        <source>District commission's name</source>
        <translation>Аумақтық комиссияның атауы</translation>
    </message>
    <message>
        <source>District passphrase</source>
        <translation>Аудан құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Құпия сөз тіркесі қайтадан</translation>
    </message>
    <message>
        <source>Make the keys</source>
        <translation>Кілттерді жасау</translation>
    </message>
    <message>
        <source>Or restore the keys from a key backup</source>
        <translation>Немесе кілттерді сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>On a spare computer, take the district's keys from the key backup made on the first one.</source>
        <translation>Қосалқы компьютерде аудан кілттерін бірінші компьютерде жасалған сақтық көшірмеден алыңыз.</translation>
    </message>
    <message>
        <source>Key backup file</source>
        <translation>Кілттердің сақтық көшірмесі файлы</translation>
    </message>
    <message>
        <source>Restore the keys</source>
        <translation>Кілттерді қалпына келтіру</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>Екі құпия сөз тіркесі әртүрлі: бір құпия сөз тіркесін екі рет теріңіз.</translation>
    </message>
    <message>
        <source>Making the district's keys…</source>
        <translation>Аудан кілттері жасалуда…</translation>
    </message>
    <message>
        <source>Choose the key backup file first.</source>
        <translation>Алдымен кілттердің сақтық көшірмесі файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>Restoring the district's keys…</source>
        <translation>Аудан кілттері қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>Save a key backup</source>
        <translation>Кілттердің сақтық көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Writing the key backup…</source>
        <translation>Кілттердің сақтық көшірмесі жазылуда…</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <source>Protocol line</source>
        <translation>Хаттама жолы</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>no PIN yet</source>
        <translation>PIN-коды әлі жоқ</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>Үстел құлыпталған</translation>
    </message>
    <message>
        <source>Choose your name with the Up and Down arrow keys, type your PIN and press Enter. The PIN names who acts; the protocol is still signed with the commission passphrase.</source>
        <translation>Атыңызды жоғары және төмен көрсеткі пернелерімен таңдаңыз, PIN-кодыңызды теріп, Enter пернесін басыңыз. PIN-код кім әрекет ететінін көрсетеді; хаттамаға бұрынғыдай комиссияның құпия сөз тіркесімен қол қойылады.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-код:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Commission members</source>
        <translation>Комиссия мүшелері</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Кіру (Enter)</translation>
    </message>
    <message>
        <source>No member has a PIN yet. The chair sets their own PIN with the commission passphrase, then the PINs of the other members.</source>
        <translation>Әзірге ешбір мүшенің PIN-коды жоқ. Алдымен комиссия төрағасы комиссияның құпия сөз тіркесімен өз PIN-кодын орнатады, содан кейін басқа мүшелердің PIN-кодтарын орнатады.</translation>
    </message>
    <message>
        <source>Forgot the PIN? Set a new one with the commission passphrase…</source>
        <translation>PIN-кодты ұмыттыңыз ба? Жаңасын комиссияның құпия сөз тіркесімен орнатыңыз…</translation>
    </message>
    <message>
        <source>Set the chair's PIN with the commission passphrase…</source>
        <translation>Төрағаның PIN-кодын комиссияның құпия сөз тіркесімен орнату…</translation>
    </message>
    <message>
        <source>The new PIN of {member} is set: type it to sign in.</source>
        <translation>{member} үшін жаңа PIN-код орнатылды: кіру үшін оны теріңіз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>akimdesk — precinct desk</source>
        <translation>akimdesk — сайлау учаскесі</translation>
    </message>
    <message>
        <source>akimdesk — precinct {number}</source>
        <translation>akimdesk — №{number} учаске</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Күйі: {state}</translation>
    </message>
    <message>
        <source>Database: {file}</source>
        <translation>Дерекқор: {file}</translation>
    </message>
    <message>
        <source>Turnout: {percent} %</source>
        <translation>Қатысу: {percent} %</translation>
    </message>
    <message>
        <source>Ballots left: {count}</source>
        <translation>Қалған бюллетень: {count}</translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation>Соңғы сақтық көшірме: {time}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Сақтық көшірме әлі жоқ</translation>
    </message>
</context>
<context>
    <name>MemberBar</name>
    <message>
        <source>nobody (locked)</source>
        <translation>ешкім (құлыпталған)</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Үстел басында:</translation>
    </message>
    <message>
        <source>Switch member / Lock</source>
        <translation>Мүшені ауыстыру / Құлыптау</translation>
    </message>
    <message>
        <source>Hide the pages until a member signs in with their PIN (Ctrl+L)</source>
        <translation>Мүше өз PIN-кодымен кіргенше беттерді жасыру (Ctrl+L)</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>PIN-кодтар</translation>
    </message>
    <message>
        <source>Set a member's PIN…</source>
        <translation>Мүшенің PIN-кодын орнату…</translation>
    </message>
    <message>
        <source>Lock the screen after…</source>
        <translation>Экран қанша уақыттан кейін құлыпталады…</translation>
    </message>
</context>
<context>
    <name>MobileRequestDialog</name>
    <message>
        <source>Request for the mobile box</source>
        <translation>Жылжымалы жәшікке өтініш</translation>
    </message>
    <message>
        <source>Cannot come for health reasons</source>
        <translation>Денсаулығына байланысты келе алмайды</translation>
    </message>
    <message>
        <source>Caring for a sick person</source>
        <translation>Науқасқа күтім жасайды</translation>
    </message>
    <message>
        <source>choose with Down or type the reason</source>
        <translation>Төмен пернесімен таңдаңыз не себебін жазыңыз</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Why it is taken late</source>
        <translation>Кеш қабылдау себебі</translation>
    </message>
    <message>
        <source>only after {deadline}</source>
        <translation>тек сағат {deadline} кейін</translation>
    </message>
    <message>
        <source>Written requests are taken until {deadline} on election day; a later one only with the reason it is accepted. Two members then carry the box to the voter.</source>
        <translation>Жазбаша өтініштер сайлау күні сағат {deadline} дейін қабылданады, кешіккені тек қабылдау себебімен. Жәшікті сайлаушыға екі мүше апарады.</translation>
    </message>
    <message>
        <source>Record the request</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
</context>
<context>
    <name>OpinionPanel</name>
    <message>
        <source>Special opinions</source>
        <translation>Ерекше пікірлер</translation>
    </message>
    <message>
        <source>A member who disagrees with the count writes the opinion here</source>
        <translation>Санаумен келіспейтін мүше өз пікірін осында жазады</translation>
    </message>
    <message>
        <source>Text of the special opinion</source>
        <translation>Ерекше пікірдің мәтіні</translation>
    </message>
    <message>
        <source>Record the special opinion</source>
        <translation>Ерекше пікірді тіркеу</translation>
    </message>
    <message>
        <source>No special opinion is recorded.</source>
        <translation>Ерекше пікір тіркелмеген.</translation>
    </message>
    <message>
        <source>Opinion of the acting member: {member}</source>
        <translation>Әрекет ететін мүшенің пікірі: {member}</translation>
    </message>
    <message>
        <source>Choose the acting member in the toolbar: the opinion is recorded as theirs.</source>
        <translation>Әрекет ететін мүшені құралдар тақтасынан таңдаңыз: пікір соның атынан тіркеледі.</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Accepted: protocol version {version} replaces version {old}</source>
        <translation>Қабылданды: хаттаманың {version}-нұсқасы {old}-нұсқаны ауыстырады</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Already accepted earlier (the same file): nothing changed</source>
        <translation>Бұрын қабылданған (сол файл): ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>Conflict: another bundle with sequence {sequence} was accepted earlier</source>
        <translation>Қайшылық: реттік нөмірі {sequence} басқа пакет бұрын қабылданған</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Қабылданбады: {reason}</translation>
    </message>
</context>
<context>
    <name>PackageFingerprintWidget</name>
    <message>
        <source>Fingerprint in the package</source>
        <translation>Пакеттегі саусақ ізі</translation>
    </message>
    <message>
        <source>Fingerprint on the paper act</source>
        <translation>Қағаз актідегі саусақ ізі</translation>
    </message>
    <message>
        <source>Fingerprint on the paper act, row {row}</source>
        <translation>Қағаз актідегі саусақ ізі, {row}-жол</translation>
    </message>
    <message>
        <source>Type the fingerprint from the act row by row.</source>
        <translation>Актідегі саусақ ізін жол-жолымен енгізіңіз.</translation>
    </message>
    <message>
        <source>Matches the fingerprint in the package.</source>
        <translation>Пакеттегі саусақ ізіне сәйкес келеді.</translation>
    </message>
    <message>
        <source>Does not match the package: do not load it, call the district commission.</source>
        <translation>Пакетке сәйкес келмейді: оны жүктемеңіз, аумақтық комиссияға хабарласыңыз.</translation>
    </message>
</context>
<context>
    <name>PackageForm</name>
    <message>
        <source>Election package</source>
        <translation>Сайлау пакеті</translation>
    </message>
    <message>
        <source>Load the package the district commission handed over. The fingerprint and the one-time passphrase are printed on the paper handover act.</source>
        <translation>Аумақтық сайлау комиссиясы берген пакетті жүктеңіз. Саусақ ізі мен бір реттік құпия сөз тіркесі қағаздағы пакетті беру актісінде басылған.</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Пакет файлы</translation>
    </message>
    <message>
        <source>Acting member</source>
        <translation>Әрекет ететін мүше</translation>
    </message>
    <message>
        <source>One-time passphrase from the act</source>
        <translation>Актідегі бір реттік құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>New commission passphrase</source>
        <translation>Комиссияның жаңа құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Жаңа құпия сөз тіркесін қайталаңыз</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>A newer version of the package from the district is loaded the same way; the program accepts only the changes the district may make.</source>
        <translation>Аумақтық сайлау комиссиясынан келген пакеттің жаңа нұсқасы да осылай жүктеледі; бағдарлама аумақтық комиссия енгізуге құқылы өзгерістерді ғана қабылдайды.</translation>
    </message>
    <message>
        <source>Load a newer version…</source>
        <translation>Жаңа нұсқасын жүктеу…</translation>
    </message>
    <message>
        <source>Or from a USB stick</source>
        <translation>Немесе USB флешкадан</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>No package file on a USB stick. Insert the stick and press Refresh.</source>
        <translation>USB флешкада пакет файлы жоқ. Флешканы салып, «Жаңарту» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Loaded: {election}, {precinct}, package version {version}.</source>
        <translation>Жүктелген: {election}, {precinct}, пакет нұсқасы {version}.</translation>
    </message>
    <message>
        <source>No package chosen yet.</source>
        <translation>Пакет әлі таңдалған жоқ.</translation>
    </message>
    <message>
        <source>{file}: {election}, {precinct}, package version {version}.</source>
        <translation>{file}: {election}, {precinct}, пакет нұсқасы {version}.</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>кемінде 12 таңба</translation>
    </message>
    <message>
        <source>Load the newer version</source>
        <translation>Жаңа нұсқасын жүктеу</translation>
    </message>
    <message>
        <source>Load the package</source>
        <translation>Пакетті жүктеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Package files on USB sticks</source>
        <translation>USB флешкалардағы пакет файлдары</translation>
    </message>
    <message>
        <source>Choose the package file</source>
        <translation>Пакет файлын таңдау</translation>
    </message>
    <message>
        <source>choose the acting member in the toolbar</source>
        <translation>әрекет ететін мүшені құралдар тақтасынан таңдаңыз</translation>
    </message>
    <message>
        <source>Choose the election package</source>
        <translation>Сайлау пакетін таңдаңыз</translation>
    </message>
    <message>
        <source>Election package (*.json);;All files (*)</source>
        <translation>Сайлау пакеті (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The new passphrase and its repetition differ.</source>
        <translation>Жаңа құпия сөз тіркесі мен оның қайталауы сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Loading the election package…</source>
        <translation>Сайлау пакеті жүктелуде…</translation>
    </message>
    <message>
        <source>{election}, {precinct}.</source>
        <translation>{election}, {precinct}.</translation>
    </message>
    <message>
        <source>The voter list sealed in the package is loaded: {rows} voters.</source>
        <translation>Пакетке мөрленген сайлаушылар тізімі жүктелді: {rows} сайлаушы.</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>Packages and acts</source>
        <translation>Пакеттер мен актілер</translation>
    </message>
    <message>
        <source>Packages are issued once the district's keys exist.</source>
        <translation>Пакеттер аудан кілттері жасалғаннан кейін шығарылады.</translation>
    </message>
    <message>
        <source>Packages issued</source>
        <translation>Берілген пакеттер</translation>
    </message>
    <message>
        <source>Election packages and handover acts</source>
        <translation>Сайлау пакеттері және беру актілері</translation>
    </message>
    <message>
        <source>What goes into the packages</source>
        <translation>Пакеттерге не енеді</translation>
    </message>
    <message>
        <source>The election file names the election, race and candidates; the precincts file lists each precinct with its members and ballots; the voter lists folder holds one list per precinct, named by its number (1001.csv or 1001.xlsx). Every input is checked first: on any problem nothing is written.</source>
        <translation>Сайлау файлында сайлау мен кандидаттар сипатталады; учаскелер файлында әр учаске комиссия мүшелерімен және бюллетеньдер санымен көрсетіледі; сайлаушылар тізімдері қалтасында әр учаскенің нөмірімен аталған бір тізімі болады (1001.csv немесе 1001.xlsx). Алдымен барлық кіріс деректер тексеріледі: бір мәселе болса, ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Election file</source>
        <translation>Сайлау файлы</translation>
    </message>
    <message>
        <source>Precincts file</source>
        <translation>Учаскелер файлы</translation>
    </message>
    <message>
        <source>Voter lists folder</source>
        <translation>Сайлаушылар тізімдерінің қалтасы</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Пакеттер қалтасы</translation>
    </message>
    <message>
        <source>Folder for the acts</source>
        <translation>Актілер қалтасы</translation>
    </message>
    <message>
        <source>District passphrase</source>
        <translation>Аудан құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>Issue the packages and acts</source>
        <translation>Пакеттер мен актілерді шығару</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>District certificate fingerprint, as every act prints it:</source>
        <translation>Аудан сертификатының саусақ ізі (әр актіде осылай басылады):</translation>
    </message>
    <message>
        <source>Each precinct's one-time passphrase is printed only on its act. Print the acts and hand each to the precinct chair apart from the stick with the package, never in the same envelope.</source>
        <translation>Әр учаскенің бір реттік құпия сөзі тек оның актісінде басылған. Актілерді басып шығарып, әрқайсысын учаскелік комиссия төрағасына пакет жазылған флешкадан бөлек беріңіз, ешқашан бір конвертте емес.</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Пакет файлы</translation>
    </message>
    <message>
        <source>Handover act</source>
        <translation>Беру актісі</translation>
    </message>
    <message>
        <source>Open the acts folder</source>
        <translation>Актілер қалтасын ашу</translation>
    </message>
    <message>
        <source>Fill in: {fields}.</source>
        <translation>Толтырыңыз: {fields}.</translation>
    </message>
    <message>
        <source>Signing the packages and writing the acts…</source>
        <translation>Пакеттерге қол қойылып, актілер жазылуда…</translation>
    </message>
</context>
<context>
    <name>PassphrasePinDialog</name>
    <message>
        <source>Checking the commission passphrase…</source>
        <translation>Комиссияның құпия сөз тіркесі тексерілуде…</translation>
    </message>
    <message>
        <source>New PIN with the commission passphrase</source>
        <translation>Комиссияның құпия сөз тіркесімен жаңа PIN-код</translation>
    </message>
    <message>
        <source>The commission passphrase (the one that signs the protocol) sets a new PIN for any member: the chair's first PIN, or a PIN forgotten or locked by wrong tries.</source>
        <translation>Комиссияның құпия сөз тіркесі (хаттамаға қол қоятын) кез келген мүшеге жаңа PIN-код орнатады: төрағаның алғашқы PIN-кодын немесе ұмытылған не қате әрекеттерден бұғатталған PIN-кодты.</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Мүше:</translation>
    </message>
    <message>
        <source>Commission passphrase:</source>
        <translation>Комиссияның құпия сөз тіркесі:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Жаңа PIN-код:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Сол PIN-код қайтадан:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүше</translation>
    </message>
    <message>
        <source>Commission passphrase</source>
        <translation>Комиссияның құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Жаңа PIN-код</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Сол PIN-код қайтадан</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>PIN-кодты орнату</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <source>Page {number}</source>
        <translation>{number}-бет</translation>
    </message>
</context>
<context>
    <name>PrecinctTableModel</name>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Хаттама нұсқасы</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Қабылданған уақыты</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Қарау керек</translation>
    </message>
    <message>
        <source>Bundle no.</source>
        <translation>Жіберу №</translation>
    </message>
    <message>
        <source>received</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>received, amended</source>
        <translation>қабылданды, хаттама түзетілген</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>түскен жоқ</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>нұсқалар қайшы</translation>
    </message>
</context>
<context>
    <name>PrecinctsPage</name>
    <message>
        <source>Precincts</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>Precincts: {total}; received: {received} (amended: {amended}); conflicting: {conflicting}; missing: {missing}</source>
        <translation>Учаскелер: {total}; қабылданғаны: {received} (түзетілгені: {amended}); нұсқалары қайшы: {conflicting}; түспегені: {missing}</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>The protocol is drawn up once the count has begun.</source>
        <translation>Хаттама санау басталғаннан кейін жасалады.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Protocol version shown</source>
        <translation>Көрсетілген хаттама нұсқасы</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>Correct and check</source>
        <translation>Түзету және тексеру</translation>
    </message>
    <message>
        <source>Repeat protocol…</source>
        <translation>Қайталама хаттама…</translation>
    </message>
    <message>
        <source>The chair opens the next version when a signed count must be corrected.</source>
        <translation>Қол қойылған санау нәтижесін түзету қажет болса, төраға келесі нұсқаны ашады.</translation>
    </message>
    <message>
        <source>Verify a protocol PDF…</source>
        <translation>Хаттама PDF файлын тексеру…</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Беттер дайындалуда…</translation>
    </message>
    <message>
        <source>Preparing the protocol pages…</source>
        <translation>Хаттама беттері дайындалуда…</translation>
    </message>
    <message>
        <source>Version {version}: signed {at}</source>
        <translation>{version}-нұсқа: {at} қол қойылған</translation>
    </message>
    <message>
        <source>Version {version}: draft</source>
        <translation>{version}-нұсқа: жоба</translation>
    </message>
    <message>
        <source>Signed original of version {version}, finalised {at}.</source>
        <translation>{version}-нұсқаның қол қойылған түпнұсқасы, {at} бекітілген.</translation>
    </message>
    <message>
        <source>Draft of version {version}: not signed, it follows the count as entered. The signed original is shown here once the chair finalises the protocol.</source>
        <translation>{version}-нұсқаның жобасы: қол қойылмаған, енгізілген санау нәтижелерін көрсетеді. Төраға хаттаманы бекіткен соң мұнда қол қойылған түпнұсқа көрсетіледі.</translation>
    </message>
    <message>
        <source>Repeat protocol; reason: {reason}</source>
        <translation>Қайталама хаттама; себебі: {reason}</translation>
    </message>
    <message>
        <source>Replaced by version {next}.</source>
        <translation>Оның орнына {next}-нұсқа ашылған.</translation>
    </message>
</context>
<context>
    <name>ProtocolPaperBox</name>
    <message>
        <source>Paper and file</source>
        <translation>Қағаз және файл</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Дана саны</translation>
    </message>
    <message>
        <source>Number of printed copies</source>
        <translation>Басылатын дана саны</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Save the signed original…</source>
        <translation>Қол қойылған түпнұсқаны сақтау…</translation>
    </message>
    <message>
        <source>Printing the protocol…</source>
        <translation>Хаттама басып шығарылуда…</translation>
    </message>
    <message>
        <source>The protocol was sent to the printer.</source>
        <translation>Хаттама басып шығаруға жіберілді.</translation>
    </message>
    <message>
        <source>The printer could not start printing. Check it and try again.</source>
        <translation>Принтер басып шығаруды бастай алмады. Принтерді тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Save the signed protocol</source>
        <translation>Қол қойылған хаттаманы сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the protocol…</source>
        <translation>Хаттама сақталуда…</translation>
    </message>
    <message>
        <source>The signed protocol was saved to {file}.</source>
        <translation>Қол қойылған хаттама сақталды: {file}.</translation>
    </message>
</context>
<context>
    <name>RacePage</name>
    <message>
        <source>Race results</source>
        <translation>Сайлау қорытындысы</translation>
    </message>
    <message>
        <source>Votes by candidate</source>
        <translation>Кандидаттар бойынша дауыстар</translation>
    </message>
    <message>
        <source>Protocol lines summed</source>
        <translation>Хаттама жолдарының жиыны</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <source>Precincts counted</source>
        <translation>Саналған учаскелер</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Most votes</source>
        <translation>Ең көп дауыс</translation>
    </message>
    <message>
        <source>Candidates: votes over the counted precincts</source>
        <translation>Кандидаттар: саналған учаскелер бойынша дауыстар</translation>
    </message>
    <message>
        <source>For the district commission to review</source>
        <translation>Аумақтық комиссия қарауы тиіс</translation>
    </message>
    <message>
        <source>Protocol lines summed over the counted precincts</source>
        <translation>Саналған учаскелер бойынша хаттама жолдарының жиыны</translation>
    </message>
    <message>
        <source>{reported} of {expected}; missing: {missing}</source>
        <translation>{reported}, барлығы {expected}; түспегендер: {missing}</translation>
    </message>
    <message>
        <source>{percent} % ({issued} ballots issued, {listed} listed)</source>
        <translation>{percent} % (берілген бюллетеньдер: {issued}, тізімдегі сайлаушылар: {listed})</translation>
    </message>
    <message>
        <source>not decided: see the flags for the district commission</source>
        <translation>анықталмады: аумақтық комиссияға арналған белгілерді қараңыз</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Қарайтын ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>RatiosPanel</name>
    <message>
        <source>Control ratios</source>
        <translation>Бақылау арақатынастары</translation>
    </message>
    <message>
        <source>met</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <source>Mandatory: when not met, finalising needs the commission's reason</source>
        <translation>Міндетті: орындалмаса, хаттаманы бекіту үшін комиссияның себебі керек</translation>
    </message>
    <message>
        <source>Warning: does not block finalising</source>
        <translation>Ескерту: хаттаманы бекітуге кедергі болмайды</translation>
    </message>
    <message>
        <source>Not met: {ratios}. Finalising needs the commission's reason.</source>
        <translation>Орындалмады: {ratios}. Бекіту үшін комиссияның себебі керек.</translation>
    </message>
    <message>
        <source>Every mandatory ratio is met.</source>
        <translation>Барлық міндетті арақатынастар орындалды.</translation>
    </message>
    <message>
        <source>The ratios are checked as the lines are entered.</source>
        <translation>Арақатынастар жолдар енгізілген сайын тексеріледі.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Summary and audit</source>
        <translation>Жиынтық және журнал</translation>
    </message>
    <message>
        <source>The district's keys are made first.</source>
        <translation>Алдымен аудан кілттері жасалады.</translation>
    </message>
    <message>
        <source>Summary table of the voting results</source>
        <translation>Дауыс беру қорытындыларының жиынтық кестесі</translation>
    </message>
    <message>
        <source>The bilingual summary paper: the race totals in figures and words, each candidate, turnout, the flags for the commission and every precinct with its status.</source>
        <translation>Екі тілдегі жиынтық құжат: жиынтық сандар цифрмен және жазбаша, әр кандидат, қатысу, комиссияға арналған белгілер және күйі көрсетілген әр учаске.</translation>
    </message>
    <message>
        <source>Build and save the summary PDF…</source>
        <translation>Жиынтық PDF жасап, сақтау…</translation>
    </message>
    <message>
        <source>Open the summary</source>
        <translation>Жиынтықты ашу</translation>
    </message>
    <message>
        <source>The district's audit chain</source>
        <translation>Аудан журналының тізбегі</translation>
    </message>
    <message>
        <source>Every action of the district is an event in a hash chain. Checking it proves that no recorded row was changed or removed.</source>
        <translation>Ауданның әр әрекеті хэш тізбегіндегі оқиға болып жазылады. Тексеру жазылған бірде-бір жолдың өзгертілмегенін және жойылмағанын дәлелдейді.</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Журналды тексеру</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Жиынтықты сақтау</translation>
    </message>
    <message>
        <source>Building the summary PDF…</source>
        <translation>Жиынтық PDF жасалуда…</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Журнал тексерілуде…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>Restore the latest backup of the lost or broken laptop. This laptop then carries on as a new desk of the same precinct, with everything recorded up to the backup. The backup opens only with the commission passphrase.</source>
        <translation>Жоғалған немесе бұзылған ноутбуктің соңғы сақтық көшірмесін қалпына келтіріңіз. Осы ноутбук көшірмеге дейін жазылғанның бәрімен сол учаскенің жаңа үстелі ретінде жұмысын жалғастырады. Сақтық көшірме тек комиссияның құпия сөз тіркесімен ашылады.</translation>
    </message>
    <message>
        <source>No USB stick is chosen: choose the backup file.</source>
        <translation>USB флешка таңдалмаған: сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>Backups on {folder}:</source>
        <translation>{folder} ішіндегі сақтық көшірмелер:</translation>
    </message>
    <message>
        <source>No backup on {folder}: choose the file.</source>
        <translation>{folder} ішінде сақтық көшірме жоқ: файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Сақтық көшірме файлы</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Файл таңдау…</translation>
    </message>
    <message>
        <source>Commission passphrase</source>
        <translation>Комиссияның құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Сақтық көшірме файлын таңдаңыз</translation>
    </message>
    <message>
        <source>akimdesk backups (*.akbak)</source>
        <translation>akimdesk сақтық көшірмелері (*.akbak)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Сақтық көшірме қалпына келтірілуде…</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Safe to remove the USB stick</source>
        <translation>USB флешканы алуға болады</translation>
    </message>
    <message>
        <source>The bundle is intact and signed</source>
        <translation>Пакет бүтін, қолтаңбасы дұрыс</translation>
    </message>
    <message>
        <source>Backup written and read back</source>
        <translation>Сақтық көшірме жазылып, қайта оқылды</translation>
    </message>
    <message>
        <source>The station is restored on this laptop</source>
        <translation>Учаске осы ноутбукте қалпына келтірілді</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>Пакет жазылмады</translation>
    </message>
    <message>
        <source>The bundle did not pass the check</source>
        <translation>Пакет тексеруден өтпеді</translation>
    </message>
    <message>
        <source>No backup was written</source>
        <translation>Сақтық көшірме жазылмады</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Ештеңе қалпына келтірілмеді</translation>
    </message>
    <message>
        <source>Read back from the stick and compared: SHA-256 {sha256}</source>
        <translation>Флешкадан қайта оқылып, салыстырылды: SHA-256 {sha256}</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set a member's PIN</source>
        <translation>Мүшенің PIN-кодын орнату</translation>
    </message>
    <message>
        <source>The chair sets the PIN each member signs in with ({shortest} to {longest} digits). Tell it to the member alone; their wrong tries start again from none.</source>
        <translation>Комиссия төрағасы әр мүшенің кіретін PIN-кодын орнатады ({shortest}–{longest} цифр). Оны тек сол мүшенің өзіне айтыңыз; оның қате әрекеттерінің есебі нөлден басталады.</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Мүше:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Жаңа PIN-код:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Сол PIN-код қайтадан:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүше</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Жаңа PIN-код</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Сол PIN-код қайтадан</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>PIN-кодты орнату</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation>Дайындық</translation>
    </message>
    <message>
        <source>Setting the station up</source>
        <translation>Учаскені дайындау</translation>
    </message>
    <message>
        <source>Voter list</source>
        <translation>Сайлаушылар тізімі</translation>
    </message>
    <message>
        <source>The list from the akimat, as a CSV or XLSX file. It is imported whole or not at all; a corrected list replaces the imported one until the station opens.</source>
        <translation>Әкімдіктен келген тізім, CSV немесе XLSX файлы. Ол толық импортталады немесе мүлде импортталмайды; учаске ашылғанға дейін түзетілген тізім бұрын импортталған тізімнің орнын баса алады.</translation>
    </message>
    <message>
        <source>IINs to review</source>
        <translation>Тексерілетін ЖСН</translation>
    </message>
    <message>
        <source>Import the voter list</source>
        <translation>Сайлаушылар тізімін импорттау</translation>
    </message>
    <message>
        <source>{rows} voters are on the imported list.</source>
        <translation>Импортталған тізімдегі сайлаушылар саны: {rows}.</translation>
    </message>
    <message>
        <source>No voter list is imported yet.</source>
        <translation>Сайлаушылар тізімі әлі импортталған жоқ.</translation>
    </message>
    <message>
        <source>Replace the voter list…</source>
        <translation>Сайлаушылар тізімін ауыстыру…</translation>
    </message>
    <message>
        <source>Import the voter list…</source>
        <translation>Сайлаушылар тізімін импорттау…</translation>
    </message>
    <message>
        <source>Voters imported with an IIN that failed the checks: {count}. Compare each IIN with the voter's identity document before election day.</source>
        <translation>ЖСН тексеруден өтпеген сайлаушылар импортталды: {count}. Сайлау күніне дейін әр ЖСН-ді сайлаушының жеке басын куәландыратын құжатымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>No IIN on the list failed the checks.</source>
        <translation>Тізімдегі барлық ЖСН тексеруден өтті.</translation>
    </message>
    <message>
        <source>Load the election package first.</source>
        <translation>Алдымен сайлау пакетін жүктеңіз.</translation>
    </message>
    <message>
        <source>The voter list can be imported or replaced only before the station opens.</source>
        <translation>Сайлаушылар тізімін учаске ашылғанға дейін ғана импорттауға немесе ауыстыруға болады.</translation>
    </message>
    <message>
        <source>Choose the voter list</source>
        <translation>Сайлаушылар тізімін таңдаңыз</translation>
    </message>
    <message>
        <source>Voter list (*.csv *.xlsx);;All files (*)</source>
        <translation>Сайлаушылар тізімі (*.csv *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Importing the voter list…</source>
        <translation>Сайлаушылар тізімі импортталуда…</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Election and turnout</source>
        <translation>Сайлау және қатысу</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>Сайлау күні</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Voter list</source>
        <translation>Сайлаушылар тізімі</translation>
    </message>
    <message>
        <source>Voters listed</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots issued at the station</source>
        <translation>Учаскеде берілген бюллетень</translation>
    </message>
    <message>
        <source>Ballots issued by the mobile box</source>
        <translation>Жылжымалы жәшікпен берілген бюллетень</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Ballots left</source>
        <translation>Қалған бюллетень</translation>
    </message>
    <message>
        <source>No election loaded</source>
        <translation>Сайлау жүктелмеген</translation>
    </message>
    <message>
        <source>This database holds no election yet. The district's signed package is loaded on the Setup page, the first step in the navigation. For training, start the demo election.</source>
        <translation>Бұл дерекқорда әлі сайлау жоқ. Аумақтық комиссияның қол қойылған пакеті навигацияның бірінші қадамы — «Дайындық» бетінде жүктеледі. Оқу үшін демо сайлауды бастаңыз.</translation>
    </message>
    <message>
        <source>Start the demo election…</source>
        <translation>Демо сайлауды бастау…</translation>
    </message>
    <message>
        <source>Open the station</source>
        <translation>Учаскені ашу</translation>
    </message>
    <message>
        <source>The chair opens the station after counting the ballots received and showing the empty boxes sealed. Compare the laptop's time with your watch.</source>
        <translation>Төраға алынған бюллетеньдерді санап, бос жәшіктерді көрсетіп, мөрлегеннен кейін учаскені ашады. Ноутбук уақытын өз сағатыңызбен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation>Алынған бюллетень</translation>
    </message>
    <message>
        <source>Laptop time</source>
        <translation>Ноутбук уақыты</translation>
    </message>
    <message>
        <source>Time on your watch</source>
        <translation>Сағатыңыздағы уақыт</translation>
    </message>
    <message>
        <source>Acting member</source>
        <translation>Әрекет ететін мүше</translation>
    </message>
    <message>
        <source>Close the station</source>
        <translation>Учаскені жабу</translation>
    </message>
    <message>
        <source>Close the station…</source>
        <translation>Учаскені жабу…</translation>
    </message>
    <message>
        <source>{rows} voters imported</source>
        <translation>{rows} сайлаушы импортталды</translation>
    </message>
    <message>
        <source>Voting lasts until {hour}. Then the chair closes the station: check-in ends and the count begins. Acting: {member}.</source>
        <translation>Дауыс беру сағат {hour} дейін жалғасады. Содан кейін төраға учаскені жабады: бюллетень беру аяқталып, дауыс санау басталады. Әрекет етуші: {member}.</translation>
    </message>
    <message>
        <source>choose the acting member in the toolbar</source>
        <translation>әрекет ететін мүшені құралдар тақтасынан таңдаңыз</translation>
    </message>
</context>
<context>
    <name>StepWindow</name>
    <message>
        <source>Please wait: the work under way must finish first.</source>
        <translation>Күте тұрыңыз: басталған жұмыс алдымен аяқталуы керек.</translation>
    </message>
    <message>
        <source>Steps of the day</source>
        <translation>Күн кезеңдері</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Бағдарлама</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
</context>
<context>
    <name>TallySheetWidget</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Protocol line</source>
        <translation>Хаттама жолы</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>1-енгізу</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>2-енгізу</translation>
    </message>
    <message>
        <source>candidate withdrawn</source>
        <translation>кандидатурасы алынып тасталды</translation>
    </message>
    <message>
        <source>Station records: {value}</source>
        <translation>Учаске жазбаларында: {value}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>жасырын</translation>
    </message>
    <message>
        <source>Entered by {member}</source>
        <translation>Енгізген: {member}</translation>
    </message>
    <message>
        <source>Line {number}, entry {entry}</source>
        <translation>{number}-жол, {entry}-енгізу</translation>
    </message>
</context>
<context>
    <name>TurnoutTableWidget</name>
    <message>
        <source>now, {time}</source>
        <translation>қазір, {time}</translation>
    </message>
    <message>
        <source>Turnout at the reporting hours</source>
        <translation>Есеп беру сағаттарындағы қатысу</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Тізімде</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Listed: voters on the list, with those added on the day. Issued: ballots at the station and by the mobile box. A dash: the hour has not come yet.</source>
        <translation>Тізімде: тізімдегі сайлаушылар, сайлау күні қосымша енгізілгендермен бірге. Берілді: учаскеде және жылжымалы жәшікпен берілген бюллетеньдер. Сызықша: уақыты әлі келген жоқ.</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
</context>
<context>
    <name>UndoCheckInDialog</name>
    <message>
        <source>Undo the ballot issue</source>
        <translation>Бюллетень беруді болдырмау</translation>
    </message>
    <message>
        <source>Voter: {name}, IIN {iin}</source>
        <translation>Сайлаушы: {name}, ЖСН {iin}</translation>
    </message>
    <message>
        <source>Why is the issue being undone? The reason is kept in the record.</source>
        <translation>Бюллетень беру неге болдырылмайды? Себебі журналда сақталады.</translation>
    </message>
    <message>
        <source>Undo the issue</source>
        <translation>Беруді болдырмау</translation>
    </message>
</context>
<context>
    <name>VerifyPdfDialog</name>
    <message>
        <source>Choose a protocol PDF</source>
        <translation>Хаттаманың PDF файлын таңдаңыз</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF файлдары (*.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Verifying the protocol…</source>
        <translation>Хаттама тексерілуде…</translation>
    </message>
    <message>
        <source>Verify a protocol PDF</source>
        <translation>Хаттама PDF файлын тексеру</translation>
    </message>
    <message>
        <source>Any protocol PDF (from this laptop, a USB stick or e-mail) is checked against the district certificate of the loaded election: the precinct's signature over the whole file, the attached data and the signed QR code.</source>
        <translation>Кез келген хаттама PDF файлы (осы компьютерден, USB жинақтауыштан немесе электрондық поштадан) жүктелген сайлаудың аумақтық сайлау комиссиясы сертификаты бойынша тексеріледі: учаскенің бүкіл файлға қойған қолтаңбасы, тіркелген деректер және қол қойылған QR-код.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>Checked file</source>
        <translation>Тексерілген файл</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Хаттама нұсқасы</translation>
    </message>
    <message>
        <source>Finalised at</source>
        <translation>Бекітілген уақыты</translation>
    </message>
    <message>
        <source>Protocol hash</source>
        <translation>Хаттама хеші</translation>
    </message>
    <message>
        <source>QR code on the protocol</source>
        <translation>Хаттамадағы QR-код</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Protocol line</source>
        <translation>Хаттама жолы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>NOT VALID: {reason}</source>
        <translation>ЖАРАМСЫЗ: {reason}</translation>
    </message>
    <message>
        <source>VALID. {details}</source>
        <translation>ЖАРАМДЫ. {details}</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Мәтінді үлкейту</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Мәтінді кішірейту</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Қалыпты мәтін өлшемі</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
</context>
<context>
    <name>VoterCardWidget</name>
    <message>
        <source>Voter</source>
        <translation>Сайлаушы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Кітап</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Енгізілген</translation>
    </message>
    <message>
        <source>Mobile box</source>
        <translation>Жылжымалы жәшік</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Бюллетень</translation>
    </message>
    <message>
        <source>No voter chosen</source>
        <translation>Сайлаушы таңдалмаған</translation>
    </message>
    <message>
        <source>asked at {time}: {reason}</source>
        <translation>өтініш {time}: {reason}</translation>
    </message>
    <message>
        <source>Issued {time} by {member} {member_name}, desk {desk}</source>
        <translation>{time} берілді, берген {member} {member_name}, үстел {desk}</translation>
    </message>
    <message>
        <source>mobile box</source>
        <translation>жылжымалы жәшік</translation>
    </message>
    <message>
        <source>Absentee certificate issued: no ballot at this station</source>
        <translation>Есептен шығару куәлігі берілген: бұл учаскеде бюллетень берілмейді</translation>
    </message>
    <message>
        <source>No ballot yet</source>
        <translation>Бюллетень әлі берілмеген</translation>
    </message>
    <message>
        <source>on the day, with an absentee certificate</source>
        <translation>сайлау күні, есептен шығару куәлігімен</translation>
    </message>
    <message>
        <source>on the day, with an address certificate</source>
        <translation>сайлау күні, мекенжай анықтамасымен</translation>
    </message>
    <message>
        <source>on the day, by a court decision</source>
        <translation>сайлау күні, сот шешімімен</translation>
    </message>
    <message>
        <source>on the day, on other grounds</source>
        <translation>сайлау күні, басқа негізбен</translation>
    </message>
</context>
<context>
    <name>VoterTableModel</name>
    <message>
        <source>Ballot issued at {time}</source>
        <translation>Бюллетень {time} берілді</translation>
    </message>
    <message>
        <source>Absentee certificate issued</source>
        <translation>Есептен шығару куәлігі берілген</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Бюллетень</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
</context>
</TS>
