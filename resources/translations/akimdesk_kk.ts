<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
        <source>Scan or type the IIN, or the first letters of the name</source>
        <translation>ЖСН-ді сканерлеңіз не теріңіз, немесе аты-жөнінің алғашқы әріптерін жазыңыз</translation>
    </message>
    <message>
        <source>Issue the ballot (Enter)</source>
        <translation>Бюллетень беру (Enter)</translation>
    </message>
    <message>
        <source>Undo the issue… (Ctrl+Z)</source>
        <translation>Беруді болдырмау… (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Enter: find, then issue · Up/Down: choose a voter · Esc: clear · the IIN scanner types into the field</source>
        <translation>Enter: табу, содан соң беру · Жоғары/Төмен: сайлаушыны таңдау · Esc: тазалау · ЖСН сканері өріске өзі жазады</translation>
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
        <source>Commission passphrase of the demo: {passphrase}</source>
        <translation>Демо комиссиясының құпия сөз тіркесі: {passphrase}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Backups and the bundle for the district need a loaded election.</source>
        <translation>Сақтық көшірмелер мен аумақтық комиссияға пакет үшін сайлау жүктелуі керек.</translation>
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
        <source>Acting member:</source>
        <translation>Әрекет ететін мүше:</translation>
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
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation>Дайындық</translation>
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
        <source>This database holds no election yet. The district's signed package is loaded with the command line for now (akimdesk election load). For training, start the demo election.</source>
        <translation>Бұл дерекқорда әлі сайлау жоқ. Аумақтық комиссияның қол қойылған пакеті әзірге пәрмен жолы арқылы жүктеледі (akimdesk election load). Оқу үшін демо сайлауды бастаңыз.</translation>
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
        <source>{rows} voters imported</source>
        <translation>{rows} сайлаушы импортталды</translation>
    </message>
    <message>
        <source>choose the acting member in the toolbar</source>
        <translation>әрекет ететін мүшені құралдар тақтасынан таңдаңыз</translation>
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
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
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
        <source>Ballot</source>
        <translation>Бюллетень</translation>
    </message>
    <message>
        <source>No voter chosen</source>
        <translation>Сайлаушы таңдалмаған</translation>
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
