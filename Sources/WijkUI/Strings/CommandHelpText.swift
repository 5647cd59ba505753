/// `wijk COMMAND --help`: what each command does, its options, its exit status and an example.
extension Text {
    public static let usageOpen = Text("""
        Gebruik: wijk MAP [--theme NAAM] [--lang nl|en] [--as ID]

        Opent de opslag in MAP op het scherm. Je meldt je aan met je naam of initialen en je pincode.

        Opties:
          --theme NAAM   kleurthema: {1}
          --lang nl|en   taal van de schermen (standaard nl, of WIJK_LANG)
          --as ID        vraag meteen de pincode van deze medewerker

        Afsluitstatus: 0 gestopt, 1 de opslag is niet te openen, 2 verkeerd gebruik of geen terminal.

        Voorbeeld:
          wijk ~/wijkteam --theme high-contrast
        """, """
        Usage: wijk DIR [--theme NAME] [--lang nl|en] [--as ID]

        Opens the store in DIR on the screen. You sign in with your name or initials and your PIN.

        Options:
          --theme NAME   colour theme: {1}
          --lang nl|en   language of the screens (default nl, or WIJK_LANG)
          --as ID        ask at once for this worker's PIN

        Exit status: 0 quit, 1 the store cannot be opened, 2 wrong use or no terminal.

        Example:
          wijk ~/wijkteam --theme high-contrast
        """)
    public static let usageDemo = Text("""
        Gebruik: wijk demo [--store MAP] [--theme NAAM] [--lang nl|en] [--as ID]

        Opent een eigen kopie van de demo-opslag (fictieve mensen), de eerste keer gemaakt in {2};
        de data schuiven mee naar vandaag. Je bent aangemeld als de eerste coördinator.

        Opties:
          --store MAP    maak of gebruik de kopie in MAP
          --theme NAAM   kleurthema: {1}
          --lang nl|en   taal van de schermen
          --as ID        werk als deze medewerker

        Afsluitstatus: 0 gestopt, 1 de demo-opslag is niet te vinden of te maken, 2 verkeerd gebruik.

        Voorbeeld:
          wijk demo --as w-ev
        """, """
        Usage: wijk demo [--store DIR] [--theme NAME] [--lang nl|en] [--as ID]

        Opens a private copy of the demo store (fictional people), made the first time in {2};
        its dates move along to today. You are signed in as its first coordinator.

        Options:
          --store DIR    make or use the copy in DIR
          --theme NAME   colour theme: {1}
          --lang nl|en   language of the screens
          --as ID        work as this worker

        Exit status: 0 quit, 1 the demo store cannot be found or made, 2 wrong use.

        Example:
          wijk demo --as w-ev
        """)
    public static let usageCheck = Text("""
        Gebruik: wijk check MAP [--all] [--lang nl|en]

        Controleert elk bestand van de opslag in MAP: de opmaak, verwijzingen tussen records, BSN's
        (elfproef), postcodes en stuurtekens. Eén regel per probleem, MAP/pad:regel: wat er mis is;
        na 20 problemen in één bestand zegt één regel hoeveel er nog zijn. Waarden uit de bestanden
        komen niet in de meldingen.

        Eén huishouden, één plan: twee huishoudens die niet zijn afgesloten met een gezinslid met
        hetzelfde BSN zijn een probleem; op hetzelfde adres (postcode en huisnummer) een waarschuwing.
        Beide noemen het andere kenmerk. Bewust apart gehouden huishoudens (a bij de vraag) niet.

        Opties:
          --all          toon elk probleem, ook na de eerste 20 van een bestand
          --lang nl|en   taal van de meldingen

        Afsluitstatus: 0 geen problemen (waarschuwingen kunnen er zijn), 1 problemen gevonden of de
        opslag is niet te openen, 2 verkeerd gebruik.

        Voorbeeld:
          wijk check ~/wijkteam
        """, """
        Usage: wijk check DIR [--all] [--lang nl|en]

        Checks every file of the store in DIR: the format, references between records, BSNs
        (elfproef), postcodes and control characters. One line per problem, DIR/path:line: what is
        wrong; after 20 problems in one file one line says how many more there are. Values from the
        files are never part of the messages.

        One household, one plan: two households that are not closed with a member of the same BSN
        are a problem; at the same address (postcode and house number) a warning. Each names the
        other's id. Households kept apart on purpose (a at the question) are not named.

        Options:
          --all          show every problem, also after the first 20 of a file
          --lang nl|en   language of the messages

        Exit status: 0 no problems (there may be warnings), 1 problems found or the store cannot be
        opened, 2 wrong use.

        Example:
          wijk check ~/wijkteam
        """)
    public static let usageMerge = Text("""
        Gebruik: wijk merge MAP [--dry-run] [--lang nl|en]

        Voegt de conflictkopieën die synchronisatieprogramma's (Syncthing, Nextcloud, Dropbox) in
        MAP achterlieten veld voor veld samen met hun bestand, en archiveert ze. Een veld dat aan
        beide kanten anders is, blijft staan tot iemand kiest: open wijk en druk op c. Per veld
        staat erbij wat het was, wie elke kant wanneer en waar maakte, en welke nieuwer is.

          --dry-run   zeg alleen wat er samengevoegd zou worden en wat blijft staan

        Afsluitstatus: 0 alles samengevoegd of niets te doen, 1 er wacht nog een keuze of de opslag
        is niet te openen, 2 verkeerd gebruik.

        Voorbeeld:
          wijk merge ~/wijkteam
        """, """
        Usage: wijk merge DIR [--dry-run] [--lang nl|en]

        Merges the conflict copies sync tools (Syncthing, Nextcloud, Dropbox) left in DIR into their
        files, field by field, and archives them. A field that differs on both sides waits until a
        person chooses: open wijk and press c. Each such field says what it was, who made each
        side where and when, and which is newer.

          --dry-run   only say what would be merged and what would wait

        Exit status: 0 all merged or nothing to do, 1 a choice is waiting or the store cannot be
        opened, 2 wrong use.

        Example:
          wijk merge ~/wijkteam
        """)
    public static let usageInit = Text("""
        Gebruik: wijk init MAP --team NAAM --coordinator NAAM --initials AB [--pin-stdin]

        Maakt een nieuwe, lege opslag in MAP (de map bestaat niet of is leeg) met een eerste
        coördinator. De pincode wordt gevraagd zonder dat hij op het scherm komt.

        Opties:
          --team NAAM          de naam van het team, zoals in de bovenbalk
          --coordinator NAAM   de naam van de eerste coördinator
          --initials AB        diens initialen, 1 tot 4 letters
          --pin-stdin          lees de pincode van de standaardinvoer (voor scripts)

        Afsluitstatus: 0 gemaakt, 1 de map is niet leeg of niet te schrijven, 2 verkeerd gebruik.

        Voorbeeld:
          wijk init ~/wijkteam --team "Wijkteam Oost" --coordinator "Anouk Bakker" --initials AB
        """, """
        Usage: wijk init DIR --team NAME --coordinator NAME --initials AB [--pin-stdin]

        Makes a new, empty store in DIR (the folder does not exist or is empty) with a first
        coordinator. The PIN is asked without showing it on the screen.

        Options:
          --team NAME          the team's name, as in the top bar
          --coordinator NAME   the first coordinator's name
          --initials AB        their initials, 1 to 4 letters
          --pin-stdin          read the PIN from standard input (for scripts)

        Exit status: 0 made, 1 the folder is not empty or cannot be written, 2 wrong use.

        Example:
          wijk init ~/wijkteam --team "Wijkteam Oost" --coordinator "Anouk Bakker" --initials AB
        """)
    public static let usageAudit = Text("""
        Gebruik: wijk audit MAP [--household ID] [--worker ID] [--since DATUM] [--until DATUM]
               wijk audit MAP --verify

        Toont de audit-trail op tijdsvolgorde: wie, waar, wat, met ids, nooit met inhoud. Met
        --verify controleert het elke keten en noemt het waar een regel ontbreekt of is gewijzigd.

        Opties:
          --household ID   alleen wat dit huishouden betreft
          --worker ID      alleen wat deze medewerker deed
          --since DATUM    vanaf deze dag (jjjj-mm-dd of dd-mm-jjjj)
          --until DATUM    tot en met deze dag
          --verify         controleer de ketens in plaats van ze te tonen

        Afsluitstatus: 0 in orde, 1 een keten is gebroken of de opslag is niet te openen,
        2 verkeerd gebruik.

        Voorbeeld:
          wijk audit ~/wijkteam --household h-0001 --since 2026-11-01
        """, """
        Usage: wijk audit DIR [--household ID] [--worker ID] [--since DATE] [--until DATE]
               wijk audit DIR --verify

        Prints the audit trail in time order: who, where, what, with ids, never with content. With
        --verify it checks every chain and names where a record is missing or was changed.

        Options:
          --household ID   only what concerns this household
          --worker ID      only what this worker did
          --since DATE     from this day (yyyy-mm-dd or dd-mm-yyyy)
          --until DATE     up to and including this day
          --verify         check the chains instead of printing them

        Exit status: 0 in order, 1 a chain is broken or the store cannot be opened, 2 wrong use.

        Example:
          wijk audit ~/wijkteam --household h-0001 --since 2026-11-01
        """)
    public static let usageGenerate = Text("""
        Gebruik: wijk generate MAP [--households N]

        Maakt in MAP een grote fictieve opslag om te meten: N huishoudens (standaard 10000) met
        journaal, ZRM-scores, een team en een sociale kaart.

        Opties:
          --households N   zoveel huishoudens

        Afsluitstatus: 0 gemaakt, 1 de map is niet leeg of niet te schrijven, 2 verkeerd gebruik.

        Voorbeeld:
          wijk generate /tmp/stad --households 2000
        """, """
        Usage: wijk generate DIR [--households N]

        Makes a large fictional store in DIR for measuring: N households (default 10000) with
        journal, ZRM scores, a team and a sociale kaart.

        Options:
          --households N   this many households

        Exit status: 0 made, 1 the folder is not empty or cannot be written, 2 wrong use.

        Example:
          wijk generate /tmp/city --households 2000
        """)
}
