namespace Amsp.Integration.Tests.Printers;

/// <summary>Bodies in the shapes of OctoPrint's REST API documentation (docs.octoprint.org/en/master/api/).</summary>
internal static class OctoPrintBodies
{
    public const string Uploaded201 = """
        {"files":{"local":{"name":"whistle_v2.gcode","path":"whistle_v2.gcode","type":"machinecode","typePath":["machinecode","gcode"],
        "origin":"local","refs":{"resource":"http://octopi.local/api/files/local/whistle_v2.gcode",
        "download":"http://octopi.local/downloads/files/local/whistle_v2.gcode"}}},"done":true,"effectiveSelect":true,"effectivePrint":true}
        """;

    /// <summary>The documentation's own example: status 200, no effective* fields.</summary>
    public const string Uploaded200 = """
        {"files":{"local":{"name":"whistle_v2.gcode","origin":"local","refs":{"resource":"http://example.com/api/files/local/whistle_v2.gcode",
        "download":"http://example.com/downloads/files/local/whistle_v2.gcode"}}},"done":true}
        """;

    public const string UploadedNotPrinted = """
        {"files":{"local":{"name":"whistle_v2.gcode","path":"whistle_v2.gcode","origin":"local"}},"done":true,"effectiveSelect":false,"effectivePrint":false}
        """;

    public const string JobIdle = """
        {"job":{"averagePrintTime":null,"estimatedPrintTime":null,"filament":null,"file":{"date":null,"display":null,"name":null,"origin":null,
        "path":null,"size":null},"lastPrintTime":null,"user":null},"progress":{"completion":null,"filepos":null,"printTime":null,
        "printTimeLeft":null,"printTimeLeftOrigin":null},"state":"Operational"}
        """;

    public const string JobPrinting = """
        {"job":{"file":{"name":"whistle_v2.gcode","origin":"local","size":1468987,"date":1378847754},"estimatedPrintTime":8811,
        "filament":{"tool0":{"length":810,"volume":5.36}}},"progress":{"completion":42.5,"filepos":337942,"printTime":276,
        "printTimeLeft":912,"printTimeLeftOrigin":"estimate"},"state":"Printing from SD"}
        """;

    public const string JobDone = """
        {"job":{"file":{"name":"whistle_v2.gcode","path":"whistle_v2.gcode","origin":"local","size":1468987,"date":1378847754},"estimatedPrintTime":8811},
        "progress":{"completion":100.0,"filepos":1468987,"printTime":8790,"printTimeLeft":0},"state":"Operational"}
        """;

    /// <summary>After a cancel OctoPrint resets the progress and keeps the file selected.</summary>
    public const string JobAfterCancel = """
        {"job":{"file":{"name":"whistle_v2.gcode","path":"whistle_v2.gcode","origin":"local","size":1468987,"date":1378847754},"estimatedPrintTime":8811},
        "progress":{"completion":null,"filepos":null,"printTime":null,"printTimeLeft":null},"state":"Operational"}
        """;

    public const string JobError = """
        {"job":{"file":{"name":"whistle_v2.gcode","origin":"local","size":1468987,"date":1378847754},"estimatedPrintTime":8811},
        "progress":{"completion":37.1,"filepos":544981,"printTime":3120,"printTimeLeft":5300},"state":"Offline after error",
        "error":"Printer halted. kill() called!"}
        """;

    public const string JobOffline = """
        {"job":{"file":{"name":null,"origin":null,"size":null,"date":null},"estimatedPrintTime":null},
        "progress":{"completion":null,"filepos":null,"printTime":null,"printTimeLeft":null},"state":"Offline"}
        """;

    public static string FileHistory(bool lastSucceeded) =>
        """{"name":"whistle_v2.gcode","path":"whistle_v2.gcode","type":"machinecode","origin":"local","prints":{"failure":"""
        + (lastSucceeded ? "0" : "1") + ""","success":""" + (lastSucceeded ? "1" : "0")
        + ""","last":{"date":1387144346,"printTime":3120.5,"success":""" + (lastSucceeded ? "true" : "false") + "}}}";

    public const string Printer = """
        {"temperature":{"tool0":{"actual":214.8821,"target":220.0,"offset":0},"bed":{"actual":50.221,"target":70.0,"offset":5},
        "history":[{"time":1395651928,"tool0":{"actual":214.8821,"target":220.0},"bed":{"actual":50.221,"target":70.0}}]},
        "sd":{"ready":true},"state":{"text":"Operational","flags":{"operational":true,"paused":false,"printing":false,"cancelling":false,
        "pausing":false,"sdReady":true,"error":false,"ready":true,"closedOrError":false}}}
        """;

    public const string PrinterPaused = """
        {"temperature":{"tool0":{"actual":219.5,"target":220.0,"offset":0},"bed":{"actual":69.8,"target":70.0,"offset":0}},
        "state":{"text":"Paused","flags":{"operational":true,"paused":true,"printing":false,"cancelling":false,
        "pausing":false,"sdReady":false,"error":false,"ready":false,"closedOrError":false}}}
        """;
}
