/// What `wijk resources import` and `wijk resources export` say, and their `--help`.
extension Text {
    public static let unknownResourcesAction = Text("wijk resources: ‘{1}’ is geen import of export (zie wijk resources --help)",
                                                    "wijk resources: ‘{1}’ is not import or export (see wijk resources --help)")
    public static let missingResourcesAction = Text("wijk resources: import of export? (zie wijk resources --help)",
                                                    "wijk resources: import or export? (see wijk resources --help)")
    public static let oneExportFormat = Text("wijk resources export: --csv of --rec, niet allebei",
                                             "wijk resources export: --csv or --rec, not both")
    public static let sheetProblemField = Text("{1}:{2}: {3}: {4}", "{1}:{2}: {3}: {4}")
    public static let sheetProblem = Text("{1}:{2}: {3}", "{1}:{2}: {3}")
    public static let importNothing = Text("Niets geïmporteerd: {1} problemen. Verbeter het bestand, of importeer de goede regels met --skip-invalid.",
                                           "Nothing imported: {1} problems. Correct the file, or import the good lines with --skip-invalid.")
    public static let importHeaderRefused = Text("Niets geïmporteerd: de kopregel klopt niet (ook niet met --skip-invalid: een kolom zou verloren gaan).",
                                                 "Nothing imported: the header is wrong (not with --skip-invalid either: a column would be lost).")
    public static let importKept = Text("{1}:{2}: {3} niet overschreven: in Wijkdesk gewijzigd sinds de vorige import (--force schrijft toch)",
                                        "{1}:{2}: {3} not overwritten: changed in Wijkdesk since the last import (--force writes anyway)")
    public static let importSummary = Text("{1} toegevoegd, {2} bijgewerkt, {3} ongewijzigd, {4} overgeslagen.",
                                           "{1} added, {2} updated, {3} unchanged, {4} skipped.")
    public static let importCollided = Text("{1}:{2}: {3} niet geschreven: zojuist elders gewijzigd; importeer opnieuw",
                                            "{1}:{2}: {3} not written: changed elsewhere just now; import again")
    public static let importDryRun = Text("Proef, niets geschreven: ", "Dry run, nothing written: ")
    public static let importFailed = Text("wijk resources import: {1} (wat al geschreven was blijft: elke voorziening is één bestand)",
                                          "wijk resources import: {1} (what was written stays: each resource is one file)")
    public static let fileUnreadable = Text("{1}: niet te lezen: {2}", "{1}: cannot be read: {2}")
    public static let exportWritten = Text("{1} voorzieningen naar {2}", "{1} resources to {2}")
    public static let usageResources = Text("""
        Gebruik: wijk resources import MAP BESTAND.csv [--dry-run] [--skip-invalid] [--force]
               wijk resources export MAP [--csv | --rec] [-o BESTAND]

        De sociale kaart uit of naar een spreadsheet, zoals gemeenten hem bijhouden.

        import    leest een CSV-bestand zoals Excel en LibreOffice het schrijven: UTF-8 (met of zonder
                  BOM) of Windows-1252, ; of , tussen de velden, velden tussen aanhalingstekens met
                  scheidingstekens, aanhalingstekens en regeleinden erin. De kopregel noemt de kolommen in
                  het Nederlands of Engels (zie de README). Eerst wordt elke regel gecontroleerd: bij een
                  probleem staat er BESTAND:REGEL: kolom: wat er mis is, en wordt er niets geïmporteerd.
                  Een voorziening die er al is (zelfde id, of zelfde naam en organisatie) wordt bijgewerkt,
                  niet verdubbeld; alleen de kolommen van het bestand. Een veld dat in Wijkdesk is gewijzigd
                  sinds de vorige import wordt niet overschreven.
        export    schrijft de hele sociale kaart: als CSV voor Excel (; en UTF-8 met BOM, Nederlandse
                  kolomnamen) of met --rec als recfile. Wat geëxporteerd is, importeert weer tot hetzelfde.

        Opties:
          --dry-run        alleen zeggen wat er zou gebeuren; niets schrijven
          --skip-invalid   de goede regels importeren en de foute overslaan
          --force          ook velden overschrijven die in Wijkdesk zijn gewijzigd
          --csv, --rec     het formaat van de export (standaard CSV)
          -o BESTAND       de export naar BESTAND (in één keer), anders naar de standaarduitvoer

        Afsluitstatus: 0 gedaan, 1 een probleem in het bestand of de opslag, 2 verkeerd gebruik.

        Voorbeeld:
          wijk resources export ~/wijkteam -o sociale-kaart.csv
          wijk resources import ~/wijkteam sociale-kaart.csv --dry-run
        """, """
        Usage: wijk resources import DIR FILE.csv [--dry-run] [--skip-invalid] [--force]
               wijk resources export DIR [--csv | --rec] [-o FILE]

        The sociale kaart from or to a spreadsheet, the way municipalities keep it.

        import    reads a CSV file as Excel and LibreOffice write it: UTF-8 (with or without a BOM) or
                  Windows-1252, ; or , between fields, quoted fields with separators, quotes and line
                  breaks inside. The header names the columns in Dutch or English (see the README). Every
                  line is checked first: each problem is printed as FILE:LINE: column: what is wrong, and
                  nothing is imported. A resource that exists (same id, or same name and organisation) is
                  updated, not duplicated; only the file's columns. A field changed in Wijkdesk since the
                  last import is not overwritten.
        export    writes the whole sociale kaart: as CSV for Excel (; and UTF-8 with a BOM, Dutch column
                  names) or with --rec as a recfile. What was exported imports back to the same.

        Options:
          --dry-run        only say what would happen; write nothing
          --skip-invalid   import the good lines and skip the bad ones
          --force          also overwrite fields changed in Wijkdesk
          --csv, --rec     the export's format (CSV by default)
          -o FILE          the export to FILE (in one go), else to standard output

        Exit status: 0 done, 1 a problem in the file or the store, 2 wrong use.

        Example:
          wijk resources export ~/wijkteam -o sociale-kaart.csv
          wijk resources import ~/wijkteam sociale-kaart.csv --dry-run
        """)
}
