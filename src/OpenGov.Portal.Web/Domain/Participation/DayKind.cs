namespace OpenGov.Portal.Domain.Participation;

/// <summary>What a calendar entry says about its date; dates without an entry follow the week (Mon–Fri working).</summary>
public enum DayKind
{
    /// <summary>法定节假日 or a 调休 rest day: not a working day even if it falls on a weekday.</summary>
    Holiday,

    /// <summary>调休上班: a Saturday or Sunday that is a working day.</summary>
    MakeUpWorkday,
}
