<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>Выдача бюллетеней</translation>
    </message>
    <message>
        <source>Check-in starts once an election is loaded and the station is opened.</source>
        <translation>Выдача бюллетеней начнётся после загрузки выборов и открытия участка.</translation>
    </message>
    <message>
        <source>Check-in starts when the chair opens the station.</source>
        <translation>Выдача бюллетеней начнётся, когда председатель откроет участок.</translation>
    </message>
    <message>
        <source>The station is closed: check-in is over.</source>
        <translation>Участок закрыт: выдача бюллетеней окончена.</translation>
    </message>
    <message>
        <source>Scan or type the IIN, or the first letters of the name</source>
        <translation>Отсканируйте или введите ИИН либо первые буквы фамилии и имени</translation>
    </message>
    <message>
        <source>Issue the ballot (Enter)</source>
        <translation>Выдать бюллетень (Enter)</translation>
    </message>
    <message>
        <source>Undo the issue… (Ctrl+Z)</source>
        <translation>Отменить выдачу… (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Enter: find, then issue · Up/Down: choose a voter · Esc: clear · the IIN scanner types into the field</source>
        <translation>Enter: найти, затем выдать · Вверх/Вниз: выбрать избирателя · Esc: очистить · сканер ИИН сам вводит номер в поле</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Count</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <source>The count starts when the station is closed.</source>
        <translation>Подсчёт начинается после закрытия участка.</translation>
    </message>
</context>
<context>
    <name>DemoElectionDialog</name>
    <message>
        <source>Demo election</source>
        <translation>Демо-выборы</translation>
    </message>
    <message>
        <source>Start the demo election</source>
        <translation>Начать демо-выборы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This database holds no election. A real election is loaded from the district's signed package. For training you can start a demo election instead: a synthetic election marked DEMO with {count} voters.</source>
        <translation>В этой базе данных нет выборов. Настоящие выборы загружаются из подписанного пакета территориальной комиссии. Для обучения можно вместо этого начать демо-выборы: условные выборы с пометкой ДЕМО и {count} избирателями.</translation>
    </message>
    <message>
        <source>The demo election is loaded with {count} voters. The commission members are:</source>
        <translation>Демо-выборы загружены, избирателей: {count}. Члены комиссии:</translation>
    </message>
    <message>
        <source>Commission passphrase of the demo: {passphrase}</source>
        <translation>Парольная фраза комиссии (демо): {passphrase}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Backups and the bundle for the district need a loaded election.</source>
        <translation>Для резервных копий и пакета для ТИК нужно загрузить выборы.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>akimdesk — precinct desk</source>
        <translation>akimdesk — избирательный участок</translation>
    </message>
    <message>
        <source>akimdesk — precinct {number}</source>
        <translation>akimdesk — участок №{number}</translation>
    </message>
    <message>
        <source>Acting member:</source>
        <translation>Действует член комиссии:</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Состояние: {state}</translation>
    </message>
    <message>
        <source>Database: {file}</source>
        <translation>База данных: {file}</translation>
    </message>
    <message>
        <source>Turnout: {percent} %</source>
        <translation>Явка: {percent} %</translation>
    </message>
    <message>
        <source>Ballots left: {count}</source>
        <translation>Осталось бюллетеней: {count}</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>The protocol is drawn up once the count has begun.</source>
        <translation>Протокол составляется после начала подсчёта.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation>Подготовка</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Election and turnout</source>
        <translation>Выборы и явка</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>День голосования</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Voter list</source>
        <translation>Список избирателей</translation>
    </message>
    <message>
        <source>Voters listed</source>
        <translation>Избирателей в списке</translation>
    </message>
    <message>
        <source>Ballots issued at the station</source>
        <translation>Выдано бюллетеней на участке</translation>
    </message>
    <message>
        <source>Ballots issued by the mobile box</source>
        <translation>Выдано бюллетеней вне помещения</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Ballots left</source>
        <translation>Осталось бюллетеней</translation>
    </message>
    <message>
        <source>No election loaded</source>
        <translation>Выборы не загружены</translation>
    </message>
    <message>
        <source>This database holds no election yet. The district's signed package is loaded with the command line for now (akimdesk election load). For training, start the demo election.</source>
        <translation>В этой базе данных ещё нет выборов. Подписанный пакет территориальной комиссии пока загружается из командной строки (akimdesk election load). Для обучения начните демо-выборы.</translation>
    </message>
    <message>
        <source>Start the demo election…</source>
        <translation>Начать демо-выборы…</translation>
    </message>
    <message>
        <source>Open the station</source>
        <translation>Открыть участок</translation>
    </message>
    <message>
        <source>The chair opens the station after counting the ballots received and showing the empty boxes sealed. Compare the laptop's time with your watch.</source>
        <translation>Председатель открывает участок, пересчитав полученные бюллетени и предъявив пустые ящики опечатанными. Сверьте время ноутбука со своими часами.</translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation>Получено бюллетеней</translation>
    </message>
    <message>
        <source>Laptop time</source>
        <translation>Время ноутбука</translation>
    </message>
    <message>
        <source>Time on your watch</source>
        <translation>Время на ваших часах</translation>
    </message>
    <message>
        <source>Acting member</source>
        <translation>Действующий член комиссии</translation>
    </message>
    <message>
        <source>{rows} voters imported</source>
        <translation>Импортировано избирателей: {rows}</translation>
    </message>
    <message>
        <source>choose the acting member in the toolbar</source>
        <translation>выберите действующего члена комиссии на панели инструментов</translation>
    </message>
</context>
<context>
    <name>UndoCheckInDialog</name>
    <message>
        <source>Undo the ballot issue</source>
        <translation>Отмена выдачи бюллетеня</translation>
    </message>
    <message>
        <source>Voter: {name}, IIN {iin}</source>
        <translation>Избиратель: {name}, ИИН {iin}</translation>
    </message>
    <message>
        <source>Why is the issue being undone? The reason is kept in the record.</source>
        <translation>Почему выдача отменяется? Причина сохраняется в журнале.</translation>
    </message>
    <message>
        <source>Undo the issue</source>
        <translation>Отменить выдачу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>VoterCardWidget</name>
    <message>
        <source>Voter</source>
        <translation>Избиратель</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Книга</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Бюллетень</translation>
    </message>
    <message>
        <source>No voter chosen</source>
        <translation>Избиратель не выбран</translation>
    </message>
    <message>
        <source>Issued {time} by {member} {member_name}, desk {desk}</source>
        <translation>Выдан {time}, выдал {member} {member_name}, стол {desk}</translation>
    </message>
    <message>
        <source>mobile box</source>
        <translation>переносной ящик</translation>
    </message>
    <message>
        <source>Absentee certificate issued: no ballot at this station</source>
        <translation>Выдано открепительное удостоверение: на этом участке бюллетень не выдаётся</translation>
    </message>
    <message>
        <source>No ballot yet</source>
        <translation>Бюллетень ещё не выдан</translation>
    </message>
</context>
<context>
    <name>VoterTableModel</name>
    <message>
        <source>Ballot issued at {time}</source>
        <translation>Бюллетень выдан {time}</translation>
    </message>
    <message>
        <source>Absentee certificate issued</source>
        <translation>Выдано открепительное удостоверение</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Бюллетень</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
</context>
</TS>
