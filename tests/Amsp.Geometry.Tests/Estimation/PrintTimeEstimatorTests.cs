using Amsp.Geometry.Estimation;
using static Amsp.Geometry.Tests.MeshFactory;

namespace Amsp.Geometry.Tests.Estimation;

public class PrintTimeEstimatorTests
{
    private static readonly Mesh Block = Build(Box(default, new Vec3(30, 20, 10)));

    [Fact]
    public void The_breakdown_adds_up_to_the_total_and_names_every_feature()
    {
        var e = PrintTimeEstimator.Estimate(Block, new MexParameters());

        Assert.Equal("MEX", e.Process);
        Assert.Equal(e.Seconds, e.Breakdown.Sum(b => b.Seconds), 9);
        Assert.Equal([PrintFeatures.Perimeters, PrintFeatures.Infill, PrintFeatures.TopBottom, PrintFeatures.Travel, PrintFeatures.Overhead],
            e.Breakdown.Select(b => b.Feature));
        Assert.All(e.Breakdown, b => Assert.True(b.Seconds > 0, b.Feature));
        Assert.Equal(TimeSpan.FromSeconds(e.Seconds), e.Duration);
        Assert.Equal(49, e.Layers); // 0.35 mm, then 0.2 mm layers to within half a layer of 10 mm
    }

    [Fact]
    public void The_extruded_volume_of_a_fully_dense_block_is_the_block()
    {
        var e = PrintTimeEstimator.Estimate(Block, new MexParameters { InfillDensity = 1 });

        Assert.Equal(6000, e.MaterialVolume, 6000 * 0.04);
    }

    [Fact]
    public void More_material_or_slower_printing_takes_longer()
    {
        var baseline = PrintTimeEstimator.Estimate(Block, new MexParameters()).Seconds;

        Assert.True(PrintTimeEstimator.Estimate(Block, new MexParameters { InfillDensity = 0.4 }).Seconds > baseline);
        Assert.True(PrintTimeEstimator.Estimate(Block, new MexParameters { Perimeters = 5 }).Seconds > baseline);
        Assert.True(PrintTimeEstimator.Estimate(Block, new MexParameters { LayerHeight = 0.1 }).Seconds > baseline * 1.6);
        Assert.True(PrintTimeEstimator.Estimate(Block, new MexParameters { PerimeterSpeed = 30, InfillSpeed = 40 }).Seconds > baseline);
        Assert.True(PrintTimeEstimator.Estimate(Block, new MexParameters { Acceleration = 500 }).Seconds > baseline);
        Assert.True(PrintTimeEstimator.Estimate(Build(Box(default, new Vec3(60, 40, 20))), new MexParameters()).Seconds > 4 * baseline);
    }

    [Fact]
    public void A_tiny_layer_is_slowed_down_to_the_minimum_layer_time()
    {
        var pin = Build(Box(default, new Vec3(5, 5, 10))); // about 60 mm of path per layer: 6 s at the slowest speed

        var cooled = PrintTimeEstimator.Estimate(pin, new MexParameters());
        var uncooled = PrintTimeEstimator.Estimate(pin, new MexParameters { MinLayerTime = 0 });

        Assert.True(uncooled.Seconds < cooled.Seconds);
        Assert.InRange(cooled.Seconds / cooled.Layers, 5, 5.5); // every layer takes the minimum time
    }

    [Fact]
    public void Powder_bed_time_is_heat_up_recoating_and_scanning()
    {
        var cube = Cube(10);
        var p = new PowderBedParameters();

        var e = PrintTimeEstimator.Estimate(cube, p);

        Assert.Equal(100, e.Layers);
        Assert.Equal(1000, e.SecondsOf(PrintFeatures.Recoating), 9);
        Assert.Equal(9000, e.SecondsOf(PrintFeatures.HeatUpCoolDown), 9);
        Assert.Equal((100 * 100 / (5000 * 0.25)) + (100 * 40 / 5000.0), e.SecondsOf(PrintFeatures.Scanning), 6);
        Assert.Equal(1000, e.MaterialVolume, 1e-6);
    }

    [Fact]
    public void Vat_time_is_exposure_and_lift_per_layer()
    {
        var e = PrintTimeEstimator.Estimate(Cube(10), new VatParameters());

        Assert.Equal(200, e.Layers);
        Assert.Equal((5 * 25) + (195 * 2.5), e.SecondsOf(PrintFeatures.Exposure), 9);
        Assert.Equal(200 * 6, e.SecondsOf(PrintFeatures.Lift), 9);

        var laser = PrintTimeEstimator.Estimate(Cube(10), new VatParameters { ScanRate = 400 });
        Assert.Equal(200 * 100 / 400.0, laser.SecondsOf(PrintFeatures.Exposure), 6);
    }

    [Fact]
    public void Other_processes_take_their_volume_at_the_machine_rate()
    {
        var e = PrintTimeEstimator.Estimate(Cube(10), new VolumeRateParameters { Process = "BJT", VolumeRate = 10_000, LayerTime = 8, SetupTime = 600 });

        Assert.Equal("BJT", e.Process);
        Assert.Equal(360, e.SecondsOf(PrintFeatures.Deposition), 6);
        Assert.Equal(600 + (50 * 8), e.SecondsOf(PrintFeatures.Overhead), 9);
    }

    [Fact]
    public void An_empty_mesh_takes_no_printing_time()
    {
        var e = PrintTimeEstimator.Estimate(new Mesh([], 0, [], 0), new MexParameters());

        Assert.Equal(0, e.SecondsOf(PrintFeatures.Perimeters) + e.SecondsOf(PrintFeatures.Infill) + e.SecondsOf(PrintFeatures.TopBottom));
        Assert.Equal(0, e.MaterialVolume);
    }

    [Fact]
    public void Parameters_out_of_range_are_refused_with_their_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PrintTimeEstimator.Estimate(Block, new MexParameters { InfillSpeed = -1 }));
        Assert.Equal(nameof(MexParameters.InfillSpeed), e.ParamName);

        Assert.Throws<ArgumentOutOfRangeException>(() => PrintTimeEstimator.Estimate(Block, new MexParameters { InfillDensity = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrintTimeEstimator.Estimate(Block, new PowderBedParameters { HatchSpacing = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrintTimeEstimator.Estimate(Block, new VatParameters { LayerHeight = double.PositiveInfinity }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrintTimeEstimator.Estimate(Block, new VolumeRateParameters { Process = " " }));
    }
}
