<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AbsenteeDialog</name>
    <message>
        <source>Absentee certificate</source>
        <translation>Открепительное удостоверение</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер удостоверения</translation>
    </message>
    <message>
        <source>Certificates are issued until {deadline} on the day before the election. A voter who holds one cannot get a ballot at this station.</source>
        <translation>Удостоверения выдаются до {deadline} накануне дня голосования. Избиратель, получивший удостоверение, не может получить бюллетень на этом участке.</translation>
    </message>
    <message>
        <source>Record the certificate</source>
        <translation>Записать удостоверение</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Voter: {name}, IIN {iin}</source>
        <translation>Избиратель: {name}, ИИН {iin}</translation>
    </message>
</context>
<context>
    <name>AddVoterDialog</name>
    <message>
        <source>number of the absentee certificate</source>
        <translation>номер открепительного удостоверения</translation>
    </message>
    <message>
        <source>number of the address certificate</source>
        <translation>номер адресной справки</translation>
    </message>
    <message>
        <source>court, number and date of the decision</source>
        <translation>суд, номер и дата решения</translation>
    </message>
    <message>
        <source>why the voter is added</source>
        <translation>почему избиратель включается в список</translation>
    </message>
    <message>
        <source>Add a voter who is not on the list</source>
        <translation>Включение избирателя, которого нет в списке</translation>
    </message>
    <message>
        <source>A voter who is not on the list is added with the grounds and their document; the ballot is issued as soon as they are added.</source>
        <translation>Избиратель, которого нет в списке, включается с указанием основания и документа; бюллетень выдаётся сразу после включения.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Grounds document</source>
        <translation>Документ-основание</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Absentee certificate from another precinct</source>
        <translation>Открепительное удостоверение другого участка</translation>
    </message>
    <message>
        <source>Certificate of the address of residence</source>
        <translation>Справка об адресе места жительства</translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation>Решение суда</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>Иное основание</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>при наличии</translation>
    </message>
    <message>
        <source>empty: no document recorded</source>
        <translation>если пусто, документ не записывается</translation>
    </message>
    <message>
        <source>Add and issue the ballot</source>
        <translation>Включить и выдать бюллетень</translation>
    </message>
</context>
<context>
    <name>AmendProtocolDialog</name>
    <message>
        <source>Repeat protocol</source>
        <translation>Повторный протокол</translation>
    </message>
    <message>
        <source>A repeat protocol (version {next}) is opened when the count must be corrected after signing. Version {version} stays exactly as it was signed and can still be viewed and printed. Version {next} is counted, checked and signed by the commission again.</source>
        <translation>Повторный протокол (версия {next}) открывается, если после подписания нужно исправить итоги подсчёта. Версия {version} остаётся точно такой, какой была подписана; её по-прежнему можно смотреть и печатать. Версию {next} комиссия заново подсчитывает, проверяет и подписывает.</translation>
    </message>
    <message>
        <source>Reason for the repeat protocol (printed on it and kept in the record):</source>
        <translation>Причина повторного протокола (печатается в нём и сохраняется в журнале):</translation>
    </message>
    <message>
        <source>Reason for the repeat protocol</source>
        <translation>Причина повторного протокола</translation>
    </message>
    <message>
        <source>Open version {next}</source>
        <translation>Открыть версию {next}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Members present</source>
        <translation>Присутствующие члены комиссии</translation>
    </message>
    <message>
        <source>Tick every member present for the count and the signing of the protocol, then record the list. The chair, the deputy or the secretary records it.</source>
        <translation>Отметьте всех членов комиссии, присутствующих при подсчёте и подписании протокола, и запишите список. Список записывает председатель, заместитель председателя или секретарь.</translation>
    </message>
    <message>
        <source>Record who is present</source>
        <translation>Записать присутствующих</translation>
    </message>
    <message>
        <source>Recorded present: {count} of {members}. Quorum (two thirds): {needed}.</source>
        <translation>Записано присутствующих: {count} из {members}. Кворум (две трети): {needed}.</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <source>Locking the screen</source>
        <translation>Блокировка экрана</translation>
    </message>
    <message>
        <source>When nobody uses the desk for this long, the screen locks and the next member signs in with their PIN.</source>
        <translation>Если столом никто не пользуется столько времени, экран блокируется, и следующий член комиссии входит со своим PIN-кодом.</translation>
    </message>
    <message>
        <source>Lock after (minutes):</source>
        <translation>Блокировать через (минут):</translation>
    </message>
    <message>
        <source>Lock after (minutes)</source>
        <translation>Блокировать через (минут)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Commission passphrase (first backup only)</source>
        <translation>Парольная фраза комиссии (только для первой копии)</translation>
    </message>
    <message>
        <source>Commission passphrase for the first backup</source>
        <translation>Парольная фраза комиссии для первой резервной копии</translation>
    </message>
    <message>
        <source>Back up now to the stick</source>
        <translation>Сделать резервную копию на флешку</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические резервные копии</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Every (minutes)</source>
        <translation>Каждые (минут)</translation>
    </message>
    <message>
        <source>a second folder or the USB stick</source>
        <translation>вторая папка или USB-флешка</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Папка для автоматических резервных копий</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Minutes between automatic backups</source>
        <translation>Минут между автоматическими резервными копиями</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation>Последняя резервная копия: {time}</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Резервная копия ещё не делалась.</translation>
    </message>
    <message>
        <source>Automatic backup every {minutes} minutes to {folder}.</source>
        <translation>Автоматическая резервная копия каждые {minutes} мин. в папку {folder}.</translation>
    </message>
    <message>
        <source>They start after the first backup with the passphrase.</source>
        <translation>Они начнутся после первой копии с парольной фразой.</translation>
    </message>
    <message>
        <source>Automatic backups are not set up.</source>
        <translation>Автоматические резервные копии не настроены.</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Выберите папку для автоматических резервных копий</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
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
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>most votes</source>
        <translation>наибольшее число голосов</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>выбыл</translation>
    </message>
</context>
<context>
    <name>CheckInActionsWidget</name>
    <message>
        <source>Issue the ballot (Enter)</source>
        <translation>Выдать бюллетень (Enter)</translation>
    </message>
    <message>
        <source>With document, helper, mobile box… (Ctrl+D)</source>
        <translation>Документ, помощник, переносной ящик… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Undo the issue… (Ctrl+Z)</source>
        <translation>Отменить выдачу… (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Add a voter not on the list… (Ctrl+N)</source>
        <translation>Включить избирателя не из списка… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mobile-box request… (Ctrl+M)</source>
        <translation>Заявка на переносной ящик… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Absentee certificate… (Ctrl+A)</source>
        <translation>Открепительное удостоверение… (Ctrl+A)</translation>
    </message>
</context>
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
        <source>IIN or name of the voter</source>
        <translation>ИИН или ФИО избирателя</translation>
    </message>
    <message>
        <source>Scan or type the IIN, or the first letters of the name</source>
        <translation>Отсканируйте или введите ИИН либо первые буквы фамилии и имени</translation>
    </message>
    <message>
        <source>The station is not open yet: ballots are issued once the chair opens it. Until then, record the absentee certificates issued before the day (Ctrl+A) and mobile-box requests (Ctrl+M).</source>
        <translation>Участок ещё не открыт: бюллетени выдаются после того, как председатель откроет участок. Пока можно записывать открепительные удостоверения, выданные до дня голосования (Ctrl+A), и заявки на переносной ящик (Ctrl+M).</translation>
    </message>
    <message>
        <source>Enter: find · Up/Down: choose a voter · Esc: clear</source>
        <translation>Enter: найти · Вверх/Вниз: выбрать избирателя · Esc: очистить</translation>
    </message>
    <message>
        <source>Enter: find, then issue · Up/Down: choose a voter · Esc: clear · the IIN scanner types into the field</source>
        <translation>Enter: найти, затем выдать · Вверх/Вниз: выбрать избирателя · Esc: очистить · сканер ИИН сам вводит номер в поле</translation>
    </message>
    <message>
        <source>Choose a voter first: scan the IIN or type the name, then Enter.</source>
        <translation>Сначала выберите избирателя: отсканируйте ИИН или введите фамилию, затем нажмите Enter.</translation>
    </message>
</context>
<context>
    <name>CheckInResultsView</name>
    <message>
        <source>Voters found</source>
        <translation>Найденные избиратели</translation>
    </message>
</context>
<context>
    <name>CloseStationDialog</name>
    <message>
        <source>Close the station</source>
        <translation>Закрыть участок</translation>
    </message>
    <message>
        <source>Ballots issued: {station} at the station, {mobile} by the mobile box. Ballots left: {left}.</source>
        <translation>Выдано бюллетеней: на участке {station}, через переносной ящик {mobile}. Осталось бюллетеней: {left}.</translation>
    </message>
    <message>
        <source>Voting lasts until {hour}; the laptop's time is {now}.</source>
        <translation>Голосование продолжается до {hour}; время ноутбука: {now}.</translation>
    </message>
    <message>
        <source>Reason for closing early</source>
        <translation>Причина досрочного закрытия</translation>
    </message>
    <message>
        <source>only before {hour}</source>
        <translation>только до {hour}</translation>
    </message>
    <message>
        <source>Check-in ends for good when the station is closed</source>
        <translation>После закрытия участка выдача бюллетеней прекращается окончательно</translation>
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
    <message>
        <source>You are entering:</source>
        <translation>Вы вводите:</translation>
    </message>
    <message>
        <source>first entry</source>
        <translation>первый ввод</translation>
    </message>
    <message>
        <source>second entry</source>
        <translation>второй ввод</translation>
    </message>
    <message>
        <source>Two different members enter every line; the second entry does not see the first.</source>
        <translation>Каждую строку вводят два разных члена комиссии; второй ввод не видит значений первого.</translation>
    </message>
    <message>
        <source>Type the figures of the protocol: Enter or Tab moves to the next line. A line filled from the station's records shows that value; another value there needs a reason. A line whose two entries differ turns red.</source>
        <translation>Введите числа протокола: Enter или Tab переводит на следующую строку. Строка, заполненная по записям участка, показывает это значение; другое значение требует причины. Строка, где два ввода расходятся, выделяется красным.</translation>
    </message>
    <message>
        <source>Tally sheet</source>
        <translation>Лист подсчёта</translation>
    </message>
    <message>
        <source>Members present and special opinions</source>
        <translation>Присутствующие и особые мнения</translation>
    </message>
    <message>
        <source>Finalise and sign…</source>
        <translation>Утвердить и подписать…</translation>
    </message>
    <message>
        <source>Count — repeat protocol, version {version}</source>
        <translation>Подсчёт — повторный протокол, версия {version}</translation>
    </message>
    <message>
        <source>Protocol version {version} is finalised and signed; the figures can no longer change. A correction is made as a repeat protocol.</source>
        <translation>Протокол версии {version} утверждён и подписан; числа больше не меняются. Исправление оформляется повторным протоколом.</translation>
    </message>
    <message>
        <source>acting member: {member}</source>
        <translation>действует член комиссии: {member}</translation>
    </message>
    <message>
        <source>choose the acting member in the toolbar</source>
        <translation>выберите действующего члена комиссии на панели инструментов</translation>
    </message>
    <message>
        <source>Ready to finalise: every line is entered twice and agrees, and the quorum is present.</source>
        <translation>Готово к подписанию: каждая строка введена дважды и совпадает, кворум есть.</translation>
    </message>
    <message>
        <source>Signing the protocol…</source>
        <translation>Протокол подписывается…</translation>
    </message>
</context>
<context>
    <name>CountReasonDialog</name>
    <message>
        <source>Line {number}: a value other than the records</source>
        <translation>Строка {number}: значение не как в записях</translation>
    </message>
    <message>
        <source>Why does the commission enter {value} on line {number}? The reason is kept with the entry.</source>
        <translation>Почему комиссия вносит {value} в строку {number}? Причина сохраняется вместе с вводом.</translation>
    </message>
    <message>
        <source>Reason for the different value</source>
        <translation>Причина другого значения</translation>
    </message>
    <message>
        <source>Enter the value</source>
        <translation>Внести значение</translation>
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
        <source>PIN {pin}</source>
        <translation>PIN-код {pin}</translation>
    </message>
    <message>
        <source>Each member signs in to the desk's screen with their PIN.</source>
        <translation>Каждый член комиссии входит на экран стола со своим PIN-кодом.</translation>
    </message>
    <message>
        <source>Commission passphrase of the demo: {passphrase}</source>
        <translation>Парольная фраза комиссии (демо): {passphrase}</translation>
    </message>
</context>
<context>
    <name>DistrictWindow</name>
    <message>
        <source>akimdesk — district election commission</source>
        <translation>akimdesk — территориальная избирательная комиссия</translation>
    </message>
    <message>
        <source>District database: {file}</source>
        <translation>База данных района: {file}</translation>
    </message>
    <message>
        <source>No district keys yet</source>
        <translation>Ключей района ещё нет</translation>
    </message>
    <message>
        <source>Precincts counted: {reported} of {expected}</source>
        <translation>Учтено участков: {reported} из {expected}</translation>
    </message>
</context>
<context>
    <name>DrivePickerWidget</name>
    <message>
        <source>No USB stick found. Insert one and press Refresh, or choose a folder instead.</source>
        <translation>USB-флешка не найдена. Вставьте флешку и нажмите «Обновить» или выберите папку.</translation>
    </message>
    <message>
        <source>Free space: {free} of {total}</source>
        <translation>Свободно: {free} из {total}</translation>
    </message>
    <message>
        <source>USB stick {label} ({folder})</source>
        <translation>USB-флешка {label} ({folder})</translation>
    </message>
    <message>
        <source>Folder {folder}</source>
        <translation>Папка {folder}</translation>
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
        <translation>USB-флешка</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Choose a folder instead…</source>
        <translation>Выбрать папку вместо флешки…</translation>
    </message>
    <message>
        <source>Choose the folder to write to</source>
        <translation>Выберите папку для записи</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Export and backups</source>
        <translation>Передача и резервные копии</translation>
    </message>
    <message>
        <source>The bundle for the district and backups need a loaded election. On a spare laptop, restore the backup of the lost one below.</source>
        <translation>Для пакета для ТИК и резервных копий нужно загрузить выборы. На запасном ноутбуке восстановите ниже резервную копию утерянного.</translation>
    </message>
    <message>
        <source>Bundle for the district commission</source>
        <translation>Пакет для территориальной избирательной комиссии</translation>
    </message>
    <message>
        <source>The signed bundle holds the finalised protocol, turnout, the records of the day (personal data sealed for the district) and the audit log. It is written to the stick and read back before you may remove the stick.</source>
        <translation>Пакет с электронной подписью содержит подписанный протокол, явку, записи дня (персональные данные зашифрованы для ТИК) и журнал аудита. Он записывается на флешку и перечитывается с неё, прежде чем флешку можно извлечь.</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Передаёт</translation>
    </message>
    <message>
        <source>Commission passphrase</source>
        <translation>Парольная фраза комиссии</translation>
    </message>
    <message>
        <source>Commission passphrase for the export</source>
        <translation>Парольная фраза комиссии для передачи пакета</translation>
    </message>
    <message>
        <source>Export the bundle to the stick</source>
        <translation>Записать пакет на флешку</translation>
    </message>
    <message>
        <source>Verify a bundle file…</source>
        <translation>Проверить файл пакета…</translation>
    </message>
    <message>
        <source>Restore on a spare laptop</source>
        <translation>Восстановление на запасном ноутбуке</translation>
    </message>
    <message>
        <source>If the desk's laptop is lost or broken, start akimdesk on a spare laptop and restore the latest backup here, with the commission passphrase.</source>
        <translation>Если ноутбук стола утерян или сломан, запустите akimdesk на запасном ноутбуке и восстановите здесь последнюю резервную копию с парольной фразой комиссии.</translation>
    </message>
    <message>
        <source>This database already holds an election: a backup is restored only on a laptop whose database is still empty.</source>
        <translation>В этой базе данных уже есть выборы: резервная копия восстанавливается только на ноутбуке с пустой базой данных.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>choose the acting member in the toolbar</source>
        <translation>выберите действующего члена комиссии на панели инструментов</translation>
    </message>
    <message>
        <source>Writing the bundle to the stick and reading it back…</source>
        <translation>Пакет записывается на флешку и перечитывается…</translation>
    </message>
    <message>
        <source>Choose the bundle to verify</source>
        <translation>Выберите пакет для проверки</translation>
    </message>
    <message>
        <source>akimdesk bundles (*.akb)</source>
        <translation>Пакеты akimdesk (*.akb)</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Проверка пакета…</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <source>Finalise and sign the protocol</source>
        <translation>Утверждение и подписание протокола</translation>
    </message>
    <message>
        <source>The protocol is signed with the precinct key, which the commission passphrase unlocks. Once signed it cannot be changed: a correction is made as a repeat protocol.</source>
        <translation>Протокол подписывается ключом участка, который открывает парольная фраза комиссии. Подписанный протокол изменить нельзя: исправление оформляется повторным протоколом.</translation>
    </message>
    <message>
        <source>Signing as: {member}</source>
        <translation>Подписывает: {member}</translation>
    </message>
    <message>
        <source>Commission passphrase</source>
        <translation>Парольная фраза комиссии</translation>
    </message>
    <message>
        <source>Mandatory control ratios not met:</source>
        <translation>Не выполнены обязательные контрольные соотношения:</translation>
    </message>
    <message>
        <source>The commission's reason for finalising all the same (printed on the protocol):</source>
        <translation>Причина, по которой комиссия всё же подписывает протокол (печатается в протоколе):</translation>
    </message>
    <message>
        <source>Reason for finalising although a ratio is not met</source>
        <translation>Причина подписания при невыполненном соотношении</translation>
    </message>
    <message>
        <source>Finalise and sign</source>
        <translation>Утвердить и подписать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FlaggedVoterTable</name>
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
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Voters whose IIN failed the checks</source>
        <translation>Избиратели, чей ИИН не прошёл проверку</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import bundles</source>
        <translation>Приём пакетов</translation>
    </message>
    <message>
        <source>Bundles are imported once the district's keys exist.</source>
        <translation>Пакеты принимаются после создания ключей района.</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>Принятые пакеты</translation>
    </message>
    <message>
        <source>Import the precincts' bundles</source>
        <translation>Приём пакетов данных участков</translation>
    </message>
    <message>
        <source>Each bundle is checked: the signature over every byte, the precinct's certificate, every part and the signed protocol. A bundle is accepted only if it is newer than what that precinct sent before; the same file again changes nothing.</source>
        <translation>Каждый пакет проверяется: подпись над каждым байтом, сертификат участка, каждая часть и подписанный протокол. Пакет принимается, только если он новее присланного этим участком ранее; тот же файл повторно ничего не меняет.</translation>
    </message>
    <message>
        <source>District passphrase</source>
        <translation>Парольная фраза района</translation>
    </message>
    <message>
        <source>Choose bundle files…</source>
        <translation>Выбрать файлы пакетов…</translation>
    </message>
    <message>
        <source>Import every bundle on the USB sticks</source>
        <translation>Принять все пакеты с флешек</translation>
    </message>
    <message>
        <source>Choose the precincts' bundles</source>
        <translation>Выберите пакеты участков</translation>
    </message>
    <message>
        <source>akimdesk bundles (*.akb);;All files (*)</source>
        <translation>Пакеты akimdesk (*.akb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>No bundles (.akb files) were found on the USB sticks.</source>
        <translation>На флешках не найдено пакетов (файлов .akb).</translation>
    </message>
    <message>
        <source>Type the district passphrase first.</source>
        <translation>Сначала введите парольную фразу района.</translation>
    </message>
    <message>
        <source>Checking and importing {count} bundle(s)…</source>
        <translation>Проверка и приём пакетов: {count}…</translation>
    </message>
    <message>
        <source>Not accepted: {count} (see the reasons below).</source>
        <translation>Не принято: {count} (причины ниже).</translation>
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
        <translation>Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Problems found in the voter list</source>
        <translation>Проблемы, найденные в списке избирателей</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Birth date</source>
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
</context>
<context>
    <name>IssueDetailsDialog</name>
    <message>
        <source>Issue with document and helper</source>
        <translation>Выдача с документом и помощником</translation>
    </message>
    <message>
        <source>Asked for the mobile box at {time}: {reason}</source>
        <translation>Заявка на переносной ящик, {time}: {reason}</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Helper's name</source>
        <translation>ФИО помощника</translation>
    </message>
    <message>
        <source>Mobile box</source>
        <translation>Переносной ящик</translation>
    </message>
    <message>
        <source>First carrier</source>
        <translation>Первый член комиссии с ящиком</translation>
    </message>
    <message>
        <source>Second carrier</source>
        <translation>Второй член комиссии с ящиком</translation>
    </message>
    <message>
        <source>empty: no document recorded</source>
        <translation>если пусто, документ не записывается</translation>
    </message>
    <message>
        <source>only when the voter needs help</source>
        <translation>только если избирателю нужна помощь</translation>
    </message>
    <message>
        <source>the ballot was taken to the voter in the mobile box</source>
        <translation>бюллетень выдан избирателю через переносной ящик</translation>
    </message>
    <message>
        <source>choose a member</source>
        <translation>выберите члена комиссии</translation>
    </message>
    <message>
        <source>A helper may not be a commission member. The mobile box is carried by two members.</source>
        <translation>Помощником не может быть член комиссии. Переносной ящик доставляют два члена комиссии.</translation>
    </message>
    <message>
        <source>Issue the ballot</source>
        <translation>Выдать бюллетень</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>District keys</source>
        <translation>Ключи района</translation>
    </message>
    <message>
        <source>The district's keys</source>
        <translation>Ключи и сертификат</translation>
    </message>
    <message>
        <source>District commission</source>
        <translation>Территориальная комиссия</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Отпечаток сертификата</translation>
    </message>
    <message>
        <source>Every handover act prints this fingerprint: a precinct loads its election package only when the fingerprint typed from the act matches.</source>
        <translation>Этот отпечаток печатается в каждом акте передачи: участок загружает пакет выборов, только если отпечаток, набранный с акта, совпадает.</translation>
    </message>
    <message>
        <source>Keep a key backup on a separate stick in the safe. The keys inside stay sealed under the district passphrase.</source>
        <translation>Храните резервную копию ключей на отдельной флешке в сейфе. Ключи в ней остаются закрыты парольной фразой района.</translation>
    </message>
    <message>
        <source>Save a key backup…</source>
        <translation>Сохранить резервную копию ключей…</translation>
    </message>
    <message>
        <source>Make the district's keys</source>
        <translation>Создание ключей района</translation>
    </message>
    <message>
        <source>On first use the district makes its signing key with its own certificate, and a separate key for the personal data the precincts send. Both are sealed under the district passphrase: choose a long one and keep it in writing in the safe.</source>
        <translation>При первом запуске район создаёт ключ подписи со своим сертификатом и отдельный ключ для персональных данных, которые присылают участки. Оба закрываются парольной фразой района: выберите длинную фразу и храните её записанной в сейфе.</translation>
    </message>
    <message>
        <source>District commission's name</source>
        <translation>Наименование территориальной комиссии</translation>
    </message>
    <message>
        <source>District passphrase</source>
        <translation>Парольная фраза района</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>Make the keys</source>
        <translation>Создать ключи</translation>
    </message>
    <message>
        <source>Or restore the keys from a key backup</source>
        <translation>Или восстановить ключи из резервной копии</translation>
    </message>
    <message>
        <source>On a spare computer, take the district's keys from the key backup made on the first one.</source>
        <translation>На запасном компьютере возьмите ключи района из резервной копии, сделанной на первом.</translation>
    </message>
    <message>
        <source>Key backup file</source>
        <translation>Файл резервной копии ключей</translation>
    </message>
    <message>
        <source>Restore the keys</source>
        <translation>Восстановить ключи</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>Парольные фразы не совпадают: введите одну и ту же фразу дважды.</translation>
    </message>
    <message>
        <source>Making the district's keys…</source>
        <translation>Создание ключей района…</translation>
    </message>
    <message>
        <source>Choose the key backup file first.</source>
        <translation>Сначала выберите файл резервной копии ключей.</translation>
    </message>
    <message>
        <source>Restoring the district's keys…</source>
        <translation>Восстановление ключей района…</translation>
    </message>
    <message>
        <source>Save a key backup</source>
        <translation>Сохранить резервную копию ключей</translation>
    </message>
    <message>
        <source>Writing the key backup…</source>
        <translation>Запись резервной копии ключей…</translation>
    </message>
</context>
<context>
    <name>LineTableModel</name>
    <message>
        <source>Protocol line</source>
        <translation>Строка протокола</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>no PIN yet</source>
        <translation>PIN-кода ещё нет</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>Стол заблокирован</translation>
    </message>
    <message>
        <source>Choose your name with the Up and Down arrow keys, type your PIN and press Enter. The PIN names who acts; the protocol is still signed with the commission passphrase.</source>
        <translation>Выберите своё имя клавишами со стрелками вверх и вниз, введите PIN-код и нажмите Enter. PIN-код указывает, кто действует; протокол по-прежнему подписывается парольной фразой комиссии.</translation>
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
        <translation>Члены комиссии</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Войти (Enter)</translation>
    </message>
    <message>
        <source>No member has a PIN yet. The chair sets their own PIN with the commission passphrase, then the PINs of the other members.</source>
        <translation>Ни у одного члена комиссии ещё нет PIN-кода. Председатель задаёт свой PIN-код парольной фразой комиссии, затем PIN-коды остальных членов.</translation>
    </message>
    <message>
        <source>Forgot the PIN? Set a new one with the commission passphrase…</source>
        <translation>Забыли PIN-код? Задайте новый парольной фразой комиссии…</translation>
    </message>
    <message>
        <source>Set the chair's PIN with the commission passphrase…</source>
        <translation>Задать PIN-код председателя парольной фразой комиссии…</translation>
    </message>
    <message>
        <source>The new PIN of {member} is set: type it to sign in.</source>
        <translation>Новый PIN-код {member} задан: введите его, чтобы войти.</translation>
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
    <message>
        <source>Last backup: {time}</source>
        <translation>Последняя резервная копия: {time}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Резервной копии ещё нет</translation>
    </message>
</context>
<context>
    <name>MemberBar</name>
    <message>
        <source>nobody (locked)</source>
        <translation>никто (заблокировано)</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>За столом:</translation>
    </message>
    <message>
        <source>Switch member / Lock</source>
        <translation>Сменить члена комиссии / Заблокировать</translation>
    </message>
    <message>
        <source>Hide the pages until a member signs in with their PIN (Ctrl+L)</source>
        <translation>Скрыть страницы, пока член комиссии не войдёт со своим PIN-кодом (Ctrl+L)</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>PIN-коды</translation>
    </message>
    <message>
        <source>Set a member's PIN…</source>
        <translation>Задать PIN-код члена комиссии…</translation>
    </message>
    <message>
        <source>Lock the screen after…</source>
        <translation>Через сколько блокировать экран…</translation>
    </message>
</context>
<context>
    <name>MobileRequestDialog</name>
    <message>
        <source>Request for the mobile box</source>
        <translation>Заявка на переносной ящик</translation>
    </message>
    <message>
        <source>Cannot come for health reasons</source>
        <translation>Не может прийти по состоянию здоровья</translation>
    </message>
    <message>
        <source>Caring for a sick person</source>
        <translation>Ухаживает за больным</translation>
    </message>
    <message>
        <source>choose with Down or type the reason</source>
        <translation>выберите клавишей «Вниз» или введите причину</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Why it is taken late</source>
        <translation>Причина приёма после срока</translation>
    </message>
    <message>
        <source>only after {deadline}</source>
        <translation>только после {deadline}</translation>
    </message>
    <message>
        <source>Written requests are taken until {deadline} on election day; a later one only with the reason it is accepted. Two members then carry the box to the voter.</source>
        <translation>Письменные заявки принимаются в день голосования до {deadline}, более поздние — только с указанием причины приёма. Ящик к избирателю доставляют два члена комиссии.</translation>
    </message>
    <message>
        <source>Record the request</source>
        <translation>Записать заявку</translation>
    </message>
</context>
<context>
    <name>OpinionPanel</name>
    <message>
        <source>Special opinions</source>
        <translation>Особые мнения</translation>
    </message>
    <message>
        <source>A member who disagrees with the count writes the opinion here</source>
        <translation>Член комиссии, не согласный с подсчётом, пишет здесь своё мнение</translation>
    </message>
    <message>
        <source>Text of the special opinion</source>
        <translation>Текст особого мнения</translation>
    </message>
    <message>
        <source>Record the special opinion</source>
        <translation>Записать особое мнение</translation>
    </message>
    <message>
        <source>No special opinion is recorded.</source>
        <translation>Особых мнений не записано.</translation>
    </message>
    <message>
        <source>Opinion of the acting member: {member}</source>
        <translation>Мнение действующего члена комиссии: {member}</translation>
    </message>
    <message>
        <source>Choose the acting member in the toolbar: the opinion is recorded as theirs.</source>
        <translation>Выберите действующего члена комиссии на панели инструментов: мнение записывается от его имени.</translation>
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
        <translation>Участок</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Accepted: protocol version {version} replaces version {old}</source>
        <translation>Принят: версия протокола {version} заменяет версию {old}</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Already accepted earlier (the same file): nothing changed</source>
        <translation>Уже принят ранее (тот же файл): ничего не изменилось</translation>
    </message>
    <message>
        <source>Conflict: another bundle with sequence {sequence} was accepted earlier</source>
        <translation>Конфликт: ранее принят другой пакет с номером выгрузки {sequence}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Отклонён: {reason}</translation>
    </message>
</context>
<context>
    <name>PackageFingerprintWidget</name>
    <message>
        <source>Fingerprint in the package</source>
        <translation>Отпечаток в пакете</translation>
    </message>
    <message>
        <source>Fingerprint on the paper act</source>
        <translation>Отпечаток в бумажном акте</translation>
    </message>
    <message>
        <source>Fingerprint on the paper act, row {row}</source>
        <translation>Отпечаток в бумажном акте, строка {row}</translation>
    </message>
    <message>
        <source>Type the fingerprint from the act row by row.</source>
        <translation>Введите отпечаток из акта построчно.</translation>
    </message>
    <message>
        <source>Matches the fingerprint in the package.</source>
        <translation>Совпадает с отпечатком в пакете.</translation>
    </message>
    <message>
        <source>Does not match the package: do not load it, call the district commission.</source>
        <translation>Не совпадает с пакетом: не загружайте его, позвоните в территориальную комиссию.</translation>
    </message>
</context>
<context>
    <name>PackageForm</name>
    <message>
        <source>Election package</source>
        <translation>Пакет выборов</translation>
    </message>
    <message>
        <source>Load the package the district commission handed over. The fingerprint and the one-time passphrase are printed on the paper handover act.</source>
        <translation>Загрузите пакет, переданный территориальной избирательной комиссией. Отпечаток и одноразовая парольная фраза напечатаны в бумажном акте передачи пакета.</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>Acting member</source>
        <translation>Действующий член комиссии</translation>
    </message>
    <message>
        <source>One-time passphrase from the act</source>
        <translation>Одноразовая парольная фраза из акта</translation>
    </message>
    <message>
        <source>New commission passphrase</source>
        <translation>Новая парольная фраза комиссии</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>A newer version of the package from the district is loaded the same way; the program accepts only the changes the district may make.</source>
        <translation>Более новая версия пакета от территориальной избирательной комиссии загружается так же; программа принимает только те изменения, которые комиссия вправе внести.</translation>
    </message>
    <message>
        <source>Load a newer version…</source>
        <translation>Загрузить новую версию…</translation>
    </message>
    <message>
        <source>Or from a USB stick</source>
        <translation>Или с USB-флешки</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>No package file on a USB stick. Insert the stick and press Refresh.</source>
        <translation>На USB-флешке нет файла пакета. Вставьте флешку и нажмите «Обновить».</translation>
    </message>
    <message>
        <source>Loaded: {election}, {precinct}, package version {version}.</source>
        <translation>Загружено: {election}, {precinct}, версия пакета {version}.</translation>
    </message>
    <message>
        <source>No package chosen yet.</source>
        <translation>Пакет ещё не выбран.</translation>
    </message>
    <message>
        <source>{file}: {election}, {precinct}, package version {version}.</source>
        <translation>{file}: {election}, {precinct}, версия пакета {version}.</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>не менее 12 символов</translation>
    </message>
    <message>
        <source>Load the newer version</source>
        <translation>Загрузить новую версию</translation>
    </message>
    <message>
        <source>Load the package</source>
        <translation>Загрузить пакет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Package files on USB sticks</source>
        <translation>Файлы пакетов на USB-флешках</translation>
    </message>
    <message>
        <source>Choose the package file</source>
        <translation>Выбрать файл пакета</translation>
    </message>
    <message>
        <source>choose the acting member in the toolbar</source>
        <translation>выберите действующего члена комиссии на панели инструментов</translation>
    </message>
    <message>
        <source>Choose the election package</source>
        <translation>Выберите пакет выборов</translation>
    </message>
    <message>
        <source>Election package (*.json);;All files (*)</source>
        <translation>Пакет выборов (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The new passphrase and its repetition differ.</source>
        <translation>Новая парольная фраза и её повтор не совпадают.</translation>
    </message>
    <message>
        <source>Loading the election package…</source>
        <translation>Загрузка пакета выборов…</translation>
    </message>
    <message>
        <source>{election}, {precinct}.</source>
        <translation>{election}, {precinct}.</translation>
    </message>
    <message>
        <source>The voter list sealed in the package is loaded: {rows} voters.</source>
        <translation>Запечатанный в пакете список избирателей загружен: избирателей — {rows}.</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>Packages and acts</source>
        <translation>Пакеты и акты</translation>
    </message>
    <message>
        <source>Packages are issued once the district's keys exist.</source>
        <translation>Пакеты выпускаются после создания ключей района.</translation>
    </message>
    <message>
        <source>Packages issued</source>
        <translation>Выданные пакеты</translation>
    </message>
    <message>
        <source>Election packages and handover acts</source>
        <translation>Пакеты выборов и акты передачи</translation>
    </message>
    <message>
        <source>What goes into the packages</source>
        <translation>Что входит в пакеты</translation>
    </message>
    <message>
        <source>The election file names the election, race and candidates; the precincts file lists each precinct with its members and ballots; the voter lists folder holds one list per precinct, named by its number (1001.csv or 1001.xlsx). Every input is checked first: on any problem nothing is written.</source>
        <translation>Файл выборов описывает выборы и кандидатов; файл участков перечисляет каждый участок с членами комиссии и числом бюллетеней; в папке списков избирателей — по одному списку на участок, названному его номером (1001.csv или 1001.xlsx). Сначала проверяются все входные данные: при любой проблеме ничего не записывается.</translation>
    </message>
    <message>
        <source>Election file</source>
        <translation>Файл выборов</translation>
    </message>
    <message>
        <source>Precincts file</source>
        <translation>Файл участков</translation>
    </message>
    <message>
        <source>Voter lists folder</source>
        <translation>Папка списков избирателей</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Папка для пакетов</translation>
    </message>
    <message>
        <source>Folder for the acts</source>
        <translation>Папка для актов</translation>
    </message>
    <message>
        <source>District passphrase</source>
        <translation>Парольная фраза района</translation>
    </message>
    <message>
        <source>Issue the packages and acts</source>
        <translation>Выпустить пакеты и акты</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выпущено</translation>
    </message>
    <message>
        <source>District certificate fingerprint, as every act prints it:</source>
        <translation>Отпечаток сертификата района (так он напечатан в каждом акте):</translation>
    </message>
    <message>
        <source>Each precinct's one-time passphrase is printed only on its act. Print the acts and hand each to the precinct chair apart from the stick with the package, never in the same envelope.</source>
        <translation>Одноразовая парольная фраза каждого участка напечатана только в его акте. Распечатайте акты и передайте каждый председателю участковой комиссии отдельно от флешки с пакетом, никогда не в одном конверте.</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>Handover act</source>
        <translation>Акт передачи</translation>
    </message>
    <message>
        <source>Open the acts folder</source>
        <translation>Открыть папку актов</translation>
    </message>
    <message>
        <source>Fill in: {fields}.</source>
        <translation>Заполните: {fields}.</translation>
    </message>
    <message>
        <source>Signing the packages and writing the acts…</source>
        <translation>Подписание пакетов и запись актов…</translation>
    </message>
</context>
<context>
    <name>PassphrasePinDialog</name>
    <message>
        <source>Checking the commission passphrase…</source>
        <translation>Проверка парольной фразы комиссии…</translation>
    </message>
    <message>
        <source>New PIN with the commission passphrase</source>
        <translation>Новый PIN-код по парольной фразе комиссии</translation>
    </message>
    <message>
        <source>The commission passphrase (the one that signs the protocol) sets a new PIN for any member: the chair's first PIN, or a PIN forgotten or locked by wrong tries.</source>
        <translation>Парольная фраза комиссии (та, которой подписывается протокол) задаёт новый PIN-код любому члену комиссии: первый PIN-код председателя или забытый либо заблокированный неверными попытками PIN-код.</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Член комиссии:</translation>
    </message>
    <message>
        <source>Commission passphrase:</source>
        <translation>Парольная фраза комиссии:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Новый PIN-код:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Тот же PIN-код ещё раз:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Commission passphrase</source>
        <translation>Парольная фраза комиссии</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Тот же PIN-код ещё раз</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Задать PIN-код</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWidget</name>
    <message>
        <source>Page {number}</source>
        <translation>Страница {number}</translation>
    </message>
</context>
<context>
    <name>PrecinctTableModel</name>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Версия протокола</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Время приёма</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>На рассмотрение</translation>
    </message>
    <message>
        <source>Bundle no.</source>
        <translation>№ выгрузки</translation>
    </message>
    <message>
        <source>received</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>received, amended</source>
        <translation>принят, протокол исправлен</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>не поступил</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>расхождение версий</translation>
    </message>
</context>
<context>
    <name>PrecinctsPage</name>
    <message>
        <source>Precincts</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Precincts: {total}; received: {received} (amended: {amended}); conflicting: {conflicting}; missing: {missing}</source>
        <translation>Участков: {total}; принято: {received} (исправлено: {amended}); с расхождением версий: {conflicting}; не поступило: {missing}</translation>
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
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Protocol version shown</source>
        <translation>Показанная версия протокола</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Correct and check</source>
        <translation>Исправление и проверка</translation>
    </message>
    <message>
        <source>Repeat protocol…</source>
        <translation>Повторный протокол…</translation>
    </message>
    <message>
        <source>The chair opens the next version when a signed count must be corrected.</source>
        <translation>Председатель открывает следующую версию, если подписанные итоги подсчёта нужно исправить.</translation>
    </message>
    <message>
        <source>Verify a protocol PDF…</source>
        <translation>Проверить PDF протокола…</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Страницы готовятся…</translation>
    </message>
    <message>
        <source>Preparing the protocol pages…</source>
        <translation>Готовятся страницы протокола…</translation>
    </message>
    <message>
        <source>Version {version}: signed {at}</source>
        <translation>Версия {version}: подписана {at}</translation>
    </message>
    <message>
        <source>Version {version}: draft</source>
        <translation>Версия {version}: проект</translation>
    </message>
    <message>
        <source>Signed original of version {version}, finalised {at}.</source>
        <translation>Подписанный оригинал версии {version} ({at}).</translation>
    </message>
    <message>
        <source>Draft of version {version}: not signed, it follows the count as entered. The signed original is shown here once the chair finalises the protocol.</source>
        <translation>Проект версии {version}: не подписан, отражает внесённые итоги подсчёта. Подписанный оригинал появится здесь, когда председатель подпишет протокол.</translation>
    </message>
    <message>
        <source>Repeat protocol; reason: {reason}</source>
        <translation>Повторный протокол; причина: {reason}</translation>
    </message>
    <message>
        <source>Replaced by version {next}.</source>
        <translation>Заменён версией {next}.</translation>
    </message>
</context>
<context>
    <name>ProtocolPaperBox</name>
    <message>
        <source>Paper and file</source>
        <translation>Бумага и файл</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Экземпляров</translation>
    </message>
    <message>
        <source>Number of printed copies</source>
        <translation>Число печатаемых экземпляров</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save the signed original…</source>
        <translation>Сохранить подписанный оригинал…</translation>
    </message>
    <message>
        <source>Printing the protocol…</source>
        <translation>Печать протокола…</translation>
    </message>
    <message>
        <source>The protocol was sent to the printer.</source>
        <translation>Протокол отправлен на печать.</translation>
    </message>
    <message>
        <source>The printer could not start printing. Check it and try again.</source>
        <translation>Принтер не смог начать печать. Проверьте его и повторите.</translation>
    </message>
    <message>
        <source>Save the signed protocol</source>
        <translation>Сохранение подписанного протокола</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the protocol…</source>
        <translation>Сохранение протокола…</translation>
    </message>
    <message>
        <source>The signed protocol was saved to {file}.</source>
        <translation>Подписанный протокол сохранён: {file}.</translation>
    </message>
</context>
<context>
    <name>RacePage</name>
    <message>
        <source>Race results</source>
        <translation>Итоги выборов</translation>
    </message>
    <message>
        <source>Votes by candidate</source>
        <translation>Голоса по кандидатам</translation>
    </message>
    <message>
        <source>Protocol lines summed</source>
        <translation>Суммы строк протокола</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Precincts counted</source>
        <translation>Учтено участков</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Most votes</source>
        <translation>Больше всего голосов</translation>
    </message>
    <message>
        <source>Candidates: votes over the counted precincts</source>
        <translation>Кандидаты: голоса по учтённым участкам</translation>
    </message>
    <message>
        <source>For the district commission to review</source>
        <translation>На рассмотрение территориальной комиссии</translation>
    </message>
    <message>
        <source>Protocol lines summed over the counted precincts</source>
        <translation>Строки протокола: сумма по учтённым участкам</translation>
    </message>
    <message>
        <source>{reported} of {expected}; missing: {missing}</source>
        <translation>{reported} из {expected}; не поступили: {missing}</translation>
    </message>
    <message>
        <source>{percent} % ({issued} ballots issued, {listed} listed)</source>
        <translation>{percent} % (выдано бюллетеней: {issued}, избирателей в списках: {listed})</translation>
    </message>
    <message>
        <source>not decided: see the flags for the district commission</source>
        <translation>не определён: см. отметки для территориальной комиссии</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Замечаний нет.</translation>
    </message>
</context>
<context>
    <name>RatiosPanel</name>
    <message>
        <source>Control ratios</source>
        <translation>Контрольные соотношения</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>внимание</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>Mandatory: when not met, finalising needs the commission's reason</source>
        <translation>Обязательное: если не выполнено, для подписания протокола нужна причина, указанная комиссией</translation>
    </message>
    <message>
        <source>Warning: does not block finalising</source>
        <translation>Предупреждение: не препятствует подписанию протокола</translation>
    </message>
    <message>
        <source>Not met: {ratios}. Finalising needs the commission's reason.</source>
        <translation>Не выполнено: {ratios}. Для подписания нужна причина, указанная комиссией.</translation>
    </message>
    <message>
        <source>Every mandatory ratio is met.</source>
        <translation>Все обязательные соотношения выполнены.</translation>
    </message>
    <message>
        <source>The ratios are checked as the lines are entered.</source>
        <translation>Соотношения проверяются по мере ввода строк.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Summary and audit</source>
        <translation>Сводка и журнал</translation>
    </message>
    <message>
        <source>The district's keys are made first.</source>
        <translation>Сначала создаются ключи района.</translation>
    </message>
    <message>
        <source>Summary table of the voting results</source>
        <translation>Сводная таблица итогов голосования</translation>
    </message>
    <message>
        <source>The bilingual summary paper: the race totals in figures and words, each candidate, turnout, the flags for the commission and every precinct with its status.</source>
        <translation>Двуязычный сводный документ: итоги цифрами и прописью, каждый кандидат, явка, отметки для комиссии и каждый участок с его статусом.</translation>
    </message>
    <message>
        <source>Build and save the summary PDF…</source>
        <translation>Сформировать и сохранить сводку PDF…</translation>
    </message>
    <message>
        <source>Open the summary</source>
        <translation>Открыть сводку</translation>
    </message>
    <message>
        <source>The district's audit chain</source>
        <translation>Цепочка журнала района</translation>
    </message>
    <message>
        <source>Every action of the district is an event in a hash chain. Checking it proves that no recorded row was changed or removed.</source>
        <translation>Каждое действие района записывается событием в цепочку хешей. Проверка доказывает, что ни одна записанная строка не изменена и не удалена.</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Проверить журнал</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Сохранить сводку</translation>
    </message>
    <message>
        <source>Building the summary PDF…</source>
        <translation>Формирование сводки PDF…</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Проверка журнала…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <source>Restore the latest backup of the lost or broken laptop. This laptop then carries on as a new desk of the same precinct, with everything recorded up to the backup. The backup opens only with the commission passphrase.</source>
        <translation>Восстановите последнюю резервную копию утерянного или сломанного ноутбука. Этот ноутбук продолжит работу как новый стол того же участка со всем, что было записано до копии. Копия открывается только парольной фразой комиссии.</translation>
    </message>
    <message>
        <source>No USB stick is chosen: choose the backup file.</source>
        <translation>USB-флешка не выбрана: выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>Backups on {folder}:</source>
        <translation>Резервные копии в {folder}:</translation>
    </message>
    <message>
        <source>No backup on {folder}: choose the file.</source>
        <translation>В {folder} нет резервной копии: выберите файл.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Commission passphrase</source>
        <translation>Парольная фраза комиссии</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Выберите файл резервной копии</translation>
    </message>
    <message>
        <source>akimdesk backups (*.akbak)</source>
        <translation>Резервные копии akimdesk (*.akbak)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Safe to remove the USB stick</source>
        <translation>USB-флешку можно извлечь</translation>
    </message>
    <message>
        <source>The bundle is intact and signed</source>
        <translation>Пакет цел, подпись верна</translation>
    </message>
    <message>
        <source>Backup written and read back</source>
        <translation>Резервная копия записана и перечитана</translation>
    </message>
    <message>
        <source>The station is restored on this laptop</source>
        <translation>Участок восстановлен на этом ноутбуке</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>Пакет не записан</translation>
    </message>
    <message>
        <source>The bundle did not pass the check</source>
        <translation>Пакет не прошёл проверку</translation>
    </message>
    <message>
        <source>No backup was written</source>
        <translation>Резервная копия не записана</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Ничего не восстановлено</translation>
    </message>
    <message>
        <source>Read back from the stick and compared: SHA-256 {sha256}</source>
        <translation>Перечитано с флешки и сверено: SHA-256 {sha256}</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set a member's PIN</source>
        <translation>PIN-код члена комиссии</translation>
    </message>
    <message>
        <source>The chair sets the PIN each member signs in with ({shortest} to {longest} digits). Tell it to the member alone; their wrong tries start again from none.</source>
        <translation>Председатель задаёт PIN-код, с которым член комиссии входит ({shortest}–{longest} цифр). Сообщите его только этому члену комиссии; счёт его неверных попыток начнётся заново.</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Член комиссии:</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Новый PIN-код:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Тот же PIN-код ещё раз:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Тот же PIN-код ещё раз</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <translation>Задать PIN-код</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Setup</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Setting the station up</source>
        <translation>Подготовка участка</translation>
    </message>
    <message>
        <source>Voter list</source>
        <translation>Список избирателей</translation>
    </message>
    <message>
        <source>The list from the akimat, as a CSV or XLSX file. It is imported whole or not at all; a corrected list replaces the imported one until the station opens.</source>
        <translation>Список из акимата в виде файла CSV или XLSX. Он импортируется целиком или не импортируется вовсе; до открытия участка исправленный список может заменить импортированный.</translation>
    </message>
    <message>
        <source>IINs to review</source>
        <translation>ИИН для проверки</translation>
    </message>
    <message>
        <source>Import the voter list</source>
        <translation>Импорт списка избирателей</translation>
    </message>
    <message>
        <source>{rows} voters are on the imported list.</source>
        <translation>Избирателей в импортированном списке: {rows}.</translation>
    </message>
    <message>
        <source>No voter list is imported yet.</source>
        <translation>Список избирателей ещё не импортирован.</translation>
    </message>
    <message>
        <source>Replace the voter list…</source>
        <translation>Заменить список избирателей…</translation>
    </message>
    <message>
        <source>Import the voter list…</source>
        <translation>Импортировать список избирателей…</translation>
    </message>
    <message>
        <source>Voters imported with an IIN that failed the checks: {count}. Compare each IIN with the voter's identity document before election day.</source>
        <translation>Импортированы избиратели, чей ИИН не прошёл проверку: {count}. До дня голосования сверьте каждый ИИН с документом, удостоверяющим личность избирателя.</translation>
    </message>
    <message>
        <source>No IIN on the list failed the checks.</source>
        <translation>Все ИИН в списке прошли проверку.</translation>
    </message>
    <message>
        <source>Load the election package first.</source>
        <translation>Сначала загрузите пакет выборов.</translation>
    </message>
    <message>
        <source>The voter list can be imported or replaced only before the station opens.</source>
        <translation>Импортировать или заменить список избирателей можно только до открытия участка.</translation>
    </message>
    <message>
        <source>Choose the voter list</source>
        <translation>Выберите список избирателей</translation>
    </message>
    <message>
        <source>Voter list (*.csv *.xlsx);;All files (*)</source>
        <translation>Список избирателей (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing the voter list…</source>
        <translation>Импорт списка избирателей…</translation>
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
        <source>This database holds no election yet. The district's signed package is loaded on the Setup page, the first step in the navigation. For training, start the demo election.</source>
        <translation>В этой базе данных ещё нет выборов. Подписанный пакет территориальной комиссии загружается на странице «Подготовка», первом шаге в навигации. Для обучения начните демо-выборы.</translation>
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
        <source>Close the station</source>
        <translation>Закрыть участок</translation>
    </message>
    <message>
        <source>Close the station…</source>
        <translation>Закрыть участок…</translation>
    </message>
    <message>
        <source>{rows} voters imported</source>
        <translation>Импортировано избирателей: {rows}</translation>
    </message>
    <message>
        <source>Voting lasts until {hour}. Then the chair closes the station: check-in ends and the count begins. Acting: {member}.</source>
        <translation>Голосование продолжается до {hour}. Затем председатель закрывает участок: выдача бюллетеней заканчивается, начинается подсчёт голосов. Действует: {member}.</translation>
    </message>
    <message>
        <source>choose the acting member in the toolbar</source>
        <translation>выберите действующего члена комиссии на панели инструментов</translation>
    </message>
</context>
<context>
    <name>StepWindow</name>
    <message>
        <source>Please wait: the work under way must finish first.</source>
        <translation>Подождите: начатая работа должна сначала завершиться.</translation>
    </message>
    <message>
        <source>Steps of the day</source>
        <translation>Этапы дня</translation>
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
</context>
<context>
    <name>TallySheetWidget</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Protocol line</source>
        <translation>Строка протокола</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Ввод 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Ввод 2</translation>
    </message>
    <message>
        <source>candidate withdrawn</source>
        <translation>кандидатура снята</translation>
    </message>
    <message>
        <source>Station records: {value}</source>
        <translation>В записях участка: {value}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Entered by {member}</source>
        <translation>Ввёл член комиссии {member}</translation>
    </message>
    <message>
        <source>Line {number}, entry {entry}</source>
        <translation>Строка {number}, ввод {entry}</translation>
    </message>
</context>
<context>
    <name>TurnoutTableWidget</name>
    <message>
        <source>now, {time}</source>
        <translation>сейчас, {time}</translation>
    </message>
    <message>
        <source>Turnout at the reporting hours</source>
        <translation>Явка на отчётное время</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>В списке</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Listed: voters on the list, with those added on the day. Issued: ballots at the station and by the mobile box. A dash: the hour has not come yet.</source>
        <translation>В списке: избиратели в списке вместе с включёнными в день голосования. Выдано: бюллетени на участке и через переносной ящик. Прочерк: время ещё не наступило.</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
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
</context>
<context>
    <name>VerifyPdfDialog</name>
    <message>
        <source>Choose a protocol PDF</source>
        <translation>Выберите PDF протокола</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Файлы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Verifying the protocol…</source>
        <translation>Проверка протокола…</translation>
    </message>
    <message>
        <source>Verify a protocol PDF</source>
        <translation>Проверка PDF протокола</translation>
    </message>
    <message>
        <source>Any protocol PDF (from this laptop, a USB stick or e-mail) is checked against the district certificate of the loaded election: the precinct's signature over the whole file, the attached data and the signed QR code.</source>
        <translation>Любой PDF протокола (с этого ноутбука, USB-накопителя или из электронной почты) проверяется по сертификату территориальной избирательной комиссии загруженных выборов: подпись участка на всём файле, вложенные данные и подписанный QR-код.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Checked file</source>
        <translation>Проверенный файл</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Версия протокола</translation>
    </message>
    <message>
        <source>Finalised at</source>
        <translation>Время подписания</translation>
    </message>
    <message>
        <source>Protocol hash</source>
        <translation>Хеш протокола</translation>
    </message>
    <message>
        <source>QR code on the protocol</source>
        <translation>QR-код на протоколе</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Protocol line</source>
        <translation>Строка протокола</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверяется…</translation>
    </message>
    <message>
        <source>NOT VALID: {reason}</source>
        <translation>НЕДЕЙСТВИТЕЛЕН: {reason}</translation>
    </message>
    <message>
        <source>VALID. {details}</source>
        <translation>ДЕЙСТВИТЕЛЕН. {details}</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
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
        <source>Added</source>
        <translation>Включён</translation>
    </message>
    <message>
        <source>Mobile box</source>
        <translation>Переносной ящик</translation>
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
        <source>asked at {time}: {reason}</source>
        <translation>заявка {time}: {reason}</translation>
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
    <message>
        <source>on the day, with an absentee certificate</source>
        <translation>в день голосования, по открепительному удостоверению</translation>
    </message>
    <message>
        <source>on the day, with an address certificate</source>
        <translation>в день голосования, по адресной справке</translation>
    </message>
    <message>
        <source>on the day, by a court decision</source>
        <translation>в день голосования, по решению суда</translation>
    </message>
    <message>
        <source>on the day, on other grounds</source>
        <translation>в день голосования, по иному основанию</translation>
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
