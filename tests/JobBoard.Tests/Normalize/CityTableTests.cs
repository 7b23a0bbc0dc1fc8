using System.Text;
using JobBoard.Normalize;

namespace JobBoard.Tests.Normalize;

/// <summary>The city index over made-up rows in the layout of <c>cities.tsv</c>: name, country, division, population, other names.</summary>
public class CityTableTests
{
    private static readonly string[] Rows =
    [
        "Springvale\tUS\tTX\t50000\tSpring Vale|Springvále|SPRINGVALE",
        "Oldtown\tUS\tOH\t30000\tSpringvale",
        "Springvale\tCA\tON\t10000\t",
        "Зеленоград\tRU\t48\t9000\tZelenograd",
    ];

    private static CityTable Table(string lineBreak, params string[] rows) =>
        CityTable.Read(Encoding.UTF8.GetBytes(string.Join(lineBreak, rows) + lineBreak));

    private static string Names(IEnumerable<City> cities) => string.Join("; ", cities.Select(c => $"{c.Name} {c.Country}-{c.Region} {c.Population}"));

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_name_finds_every_city_going_by_it_once_most_populous_first(string lineBreak)
    {
        var table = Table(lineBreak, Rows);

        // Springvale's other names fold to its own key: it is listed once, before the city that has it as another name.
        Assert.Equal("Springvale US-TX 50000; Oldtown US-OH 30000; Springvale CA-ON 10000", Names(table.Named("springvale")));
        Assert.Equal("Springvale US-TX 50000", Names(table.Named("spring vale")));
        Assert.Equal("Зеленоград RU-48 9000", Names(table.Named("zelenograd")));
        Assert.Empty(table.Named("oldtown springvale"));
        Assert.Empty(table.Named(""));
    }

    [Fact]
    public void A_name_is_shared_when_two_cities_of_one_country_are_called_it()
    {
        var table = Table("\n", Rows);
        var texan = table.Named("springvale")[0];

        // Oldtown is only also called Springvale, and the other Springvale is in Canada.
        Assert.False(table.SharesName(texan));
        Assert.False(table.SharesName(table.Named("springvale")[2]));

        var withAnother = Table("\n", [.. Rows, "Springvale\tUS\tNY\t20000\t"]);
        Assert.True(withAnother.SharesName(withAnother.Named("springvale")[0]));
        Assert.Equal("Springvale US-NY 20000", Names(withAnother.Named("springvale").Skip(3))); // in the order of the rows
    }
}
