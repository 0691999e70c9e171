namespace Sitrep.Core.Model;

/// <summary>How a place mention stands in the text (issue 4 point 3).</summary>
public enum PlaceRole
{
    /// <summary>A place named in the body: where things happen or are.</summary>
    Mention,

    /// <summary>The dateline: where the reporter was, not where events happened.</summary>
    Dateline,

    /// <summary>
    /// A place name standing for its government or people, as an actor ("Ankara said", "opposition in Washington" when
    /// the entity layer took it for an organisation): resolved, but not where an event happened.
    /// </summary>
    Metonymy,

    /// <summary>A place inside an organisation's or a facility's name (<c>Winnipeg</c> in <c>Winnipeg Fire Paramedic Service</c>).</summary>
    Embedded,

    /// <summary>
    /// Recognised as a place by an earlier stage but judged not to be one (a person's surname, a demonym); kept with
    /// no coordinates so that the decision stays visible.
    /// </summary>
    NotAPlace,
}
