namespace OpenGov.Portal.Domain.Participation;

/// <summary>
/// Every outcome row of the national annual-report template (国办公开办函〔2021〕30号, 表三): 予以公开;
/// 部分公开; 不予公开 with its eight reasons; 无法提供 with its three; 不予处理 with its five; 其他处理 with its three.
/// Stored by name; the order here is the template's row order.
/// </summary>
public enum DisclosureOutcome
{
    Disclosed,
    PartiallyDisclosed,

    RefusedStateSecret,
    RefusedProhibitedByLaw,
    RefusedThreeSecurities,
    RefusedThirdPartyRights,
    RefusedInternalAffairs,
    RefusedProcessInformation,
    RefusedEnforcementFile,
    RefusedAdministrativeQuery,

    UnableNotHeld,
    UnableNeedsCreation,
    UnableUnclearAfterCorrection,

    NotProcessedPetition,
    NotProcessedRepeat,
    NotProcessedPublication,
    NotProcessedExcessive,
    NotProcessedConfirmation,

    OtherNoCorrection,
    OtherUnpaidFee,
    OtherOther,
}
