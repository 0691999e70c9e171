using Sitrep.Text.Syntax;

namespace Sitrep.Text.Tests.Syntax;

/// <summary>A hand-made CoNLL-U treebank of a few sentences, and a model trained on it.</summary>
internal static class TinyTreebank
{
    public const string Conllu = """
        1	Turkey	Turkey	PROPN	NNP	_	2	nsubj	_	_
        2	sent	send	VERB	VBD	_	0	root	_	_
        3	troops	troop	NOUN	NNS	_	2	obj	_	_
        4	to	to	ADP	IN	_	5	case	_	_
        5	Libya	Libya	PROPN	NNP	_	2	obl	_	_
        6	.	.	PUNCT	.	_	2	punct	_	_

        1	The	the	DET	DT	_	2	det	_	_
        2	army	army	NOUN	NN	_	3	nsubj	_	_
        3	attacked	attack	VERB	VBD	_	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	city	city	NOUN	NN	_	3	obj	_	_
        6	.	.	PUNCT	.	_	3	punct	_	_

        1	Russia	Russia	PROPN	NNP	_	3	nmod:poss	_	_
        2	's	's	PART	POS	_	1	case	_	_
        3	minister	minister	NOUN	NN	_	4	nsubj	_	_
        4	said	say	VERB	VBD	_	0	root	_	_
        5	they	they	PRON	PRP	_	7	nsubj	_	_
        6	'd	would	AUX	MD	_	7	aux	_	_
        7	leave	leave	VERB	VB	_	4	ccomp	_	_
        8	.	.	PUNCT	.	_	4	punct	_	_

        1	Rebels	rebel	NOUN	NNS	_	3	nsubj	_	_
        2	did	do	AUX	VBD	_	3	aux	_	_
        3	n't	not	PART	RB	_	0	root	_	_
        4	fight	fight	VERB	VB	_	3	parataxis	_	_

        """;

    public static IReadOnlyList<ConlluSentence> Sentences { get; } =
        [.. ConlluReader.Read("tiny", Conllu.Split('\n').Select(l => l.TrimEnd('\r')))];

    public static SyntaxModel Train() => SyntaxTrainer.Train(Sentences, new SyntaxTrainingOptions(Iterations: 10, TaggerBits: 12, ParserBits: 12));
}
