namespace Sitrep.Extraction.Evaluation;

/// <summary>
/// The five questions IndiaPoliceEvents labels a sentence with (issue 8 point 8; Halterman et al., Findings of ACL
/// 2021). The dataset's collapse of its raw annotations makes <see cref="Force"/> include killings and
/// <see cref="AnyAction"/> include killings, arrests and other force.
/// </summary>
public enum IpeLabel
{
    /// <summary><c>KILL</c>: "Did police kill someone?"</summary>
    Kill,

    /// <summary><c>ARREST</c>: "Did police arrest someone?"</summary>
    Arrest,

    /// <summary><c>FAIL</c>: "Did police fail to intervene?"</summary>
    Fail,

    /// <summary><c>FORCE</c>: "Did police use force or violence?"</summary>
    Force,

    /// <summary><c>ANY_ACTION</c>: "Did police do anything?"</summary>
    AnyAction,
}
