using OpenGov.Portal.Domain.Participation;
using static OpenGov.Portal.UnitTests.Participation.Calendars;

namespace OpenGov.Portal.UnitTests.Participation;

public sealed class DisclosureCountsTests
{
    static readonly DisclosureCounts.Row[] Rows =
    [
        new(1, ApplicantColumn.NaturalPerson, D("2011-12-26"), D("2012-01-09"), DisclosureOutcome.Disclosed, D("2012-01-24")),
        new(2, ApplicantColumn.Commercial, D("2012-06-11"), D("2012-07-16"), DisclosureOutcome.RefusedThirdPartyRights, D("2012-07-17")),
        new(3, ApplicantColumn.NaturalPerson, D("2012-12-27"), null, null, null),
        new(4, ApplicantColumn.Research, D("2012-12-24"), D("2013-01-10"), DisclosureOutcome.Disclosed, D("2013-01-22")),
        new(5, ApplicantColumn.LegalService, D("2011-05-01"), D("2011-06-01"), DisclosureOutcome.UnableNotHeld, D("2011-06-10")),
        new(6, ApplicantColumn.Other, D("2013-01-02"), null, null, null),
        new(7, ApplicantColumn.NaturalPerson, D("2012-03-05"), D("2012-04-20"), DisclosureOutcome.PartiallyDisclosed, D("2012-03-31")),
    ];

    [Fact]
    public void A_year_counts_new_carried_over_handled_and_carried_forward_by_applicant_column()
    {
        var c = DisclosureCounts.Build(Rows, D("2012-01-01"), D("2012-12-31"));
        Assert.Equal(2, c.Received[ApplicantColumn.NaturalPerson]);
        Assert.Equal(1, c.Received[ApplicantColumn.Commercial]);
        Assert.Equal(1, c.Received[ApplicantColumn.Research]);
        Assert.Equal(0, c.Received[ApplicantColumn.Other]);
        Assert.Equal(4, c.TotalReceived);
        Assert.Equal(1, c.CarriedOver[ApplicantColumn.NaturalPerson]);
        Assert.Equal(1, c.TotalCarriedOver);

        Assert.Equal(1, c.Count(DisclosureOutcome.Disclosed, ApplicantColumn.NaturalPerson));
        Assert.Equal(1, c.Count(DisclosureOutcome.PartiallyDisclosed, ApplicantColumn.NaturalPerson));
        Assert.Equal(1, c.Count(DisclosureOutcome.RefusedThirdPartyRights, ApplicantColumn.Commercial));
        Assert.Equal(1, c.Count(OutcomeCategory.Refused));
        Assert.Equal(0, c.Count(OutcomeCategory.UnableToProvide));
        Assert.Equal(2, c.Handled(ApplicantColumn.NaturalPerson));
        Assert.Equal(3, c.Handled());

        Assert.Equal(1, c.CarriedForward[ApplicantColumn.NaturalPerson]);
        Assert.Equal(1, c.CarriedForward[ApplicantColumn.Research]);
        Assert.Equal(2, c.TotalCarriedForward);
        Assert.True(c.Balances);
        Assert.Equal(2, c.AnsweredOnTime);
        Assert.Equal(1, c.AnsweredLate);
        Assert.Equal(2, DisclosureCounts.Organisations(c.Received));
    }

    [Fact]
    public void What_a_year_carries_forward_the_next_year_carries_over()
    {
        var y2012 = DisclosureCounts.Build(Rows, D("2012-01-01"), D("2012-12-31"));
        var y2013 = DisclosureCounts.Build(Rows, D("2013-01-01"), D("2013-12-31"));
        Assert.Equal(y2012.CarriedForward, y2013.CarriedOver);
        Assert.Equal(1, y2013.Received[ApplicantColumn.Other]);
        Assert.Equal(1, y2013.Count(DisclosureOutcome.Disclosed, ApplicantColumn.Research));
        Assert.True(y2013.Balances);
    }
}
