using System.Text.Json.Serialization;

namespace Amsp.Domain.Catalog;

/// <summary>The seven process categories of ISO/ASTM 52900, with powder bed fusion split by feedstock.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProcessCategory>))]
public enum ProcessCategory
{
    /// <summary>Material extrusion (FDM/FFF).</summary>
    [JsonStringEnumMemberName("MEX")] Mex,

    /// <summary>Vat photopolymerization (SLA, DLP).</summary>
    [JsonStringEnumMemberName("VPP")] Vpp,

    /// <summary>Powder bed fusion of polymers (SLS, MJF).</summary>
    [JsonStringEnumMemberName("PBF-P")] PbfP,

    /// <summary>Laser powder bed fusion of metals.</summary>
    [JsonStringEnumMemberName("PBF-LB/M")] PbfLbM,

    /// <summary>Material jetting.</summary>
    [JsonStringEnumMemberName("MJT")] Mjt,

    /// <summary>Binder jetting.</summary>
    [JsonStringEnumMemberName("BJT")] Bjt,

    /// <summary>Sheet lamination.</summary>
    [JsonStringEnumMemberName("SHL")] Shl,

    /// <summary>Directed energy deposition.</summary>
    [JsonStringEnumMemberName("DED")] Ded,
}
