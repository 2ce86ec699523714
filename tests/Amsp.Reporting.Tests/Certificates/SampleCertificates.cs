using System.Globalization;
using Amsp.Reporting.Certificates;

namespace Amsp.Reporting.Tests.Certificates;

/// <summary>A realistic certificate to start each test from; tests change what they look at with `with`.</summary>
internal static class SampleCertificates
{
    public static readonly DateTimeOffset Issued = new(2026, 11, 25, 14, 30, 0, TimeSpan.FromHours(1));

    public static CertificateDocument Passing(int rows = 6) => new(
        CertificateNumber: "CERT-2026-000417",
        IssuedAt: Issued,
        SupplierName: "Nordwerk Additive GmbH",
        SiteName: "Werk Augsburg",
        SupplierAddress: "Industriestraße 12, 86153 Augsburg, Germany",
        CustomerName: "Acme Robotics GmbH",
        OrderNumber: "ORD-2026-00981",
        OrderLine: 2,
        PartName: "Gripper finger, left",
        ModelFileName: "gripper_finger_left_v3.3mf",
        ModelSha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        Material: "PA12 (HP 3D HR PA 12)",
        ProcessCategory: "PBF-P",
        PrinterName: "HP Jet Fusion 5200 #2",
        JobStartedAt: Issued.AddHours(-30),
        JobEndedAt: Issued.AddHours(-18).AddMinutes(-12),
        Measurements: Rows(rows),
        Passed: true,
        InspectorName: "Jana Novák",
        InspectedAt: Issued.AddHours(-2),
        VerificationCode: "7K3Q-M9XD-2PLA",
        VerificationUrl: new Uri("https://amsp.example.com/verify/CERT-2026-000417?code=7K3Q-M9XD-2PLA"),
        Notes: "Parts bead-blasted after depowdering. Measured at 21 °C on a calibrated CMM (Zeiss Contura, cal. 2026-09).");

    public static List<CertificateMeasurement> Rows(int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new CertificateMeasurement(
            Characteristic: string.Create(CultureInfo.InvariantCulture, $"Bore diameter D{i}"),
            Nominal: 10 + i * 0.5,
            LowerDeviation: -0.1,
            UpperDeviation: 0.15,
            Measured: 10 + i * 0.5 + (i % 5 - 2) * 0.02,
            Passed: true)),
    ];
}
