package stages

import "github.com/ganpipe/ganpipe/pipeline"

func allKinds() []pipeline.Kind {
	return []pipeline.Kind{
		newDatasetKind(),
		newAEPretrainKind(),
		newAEFinetuneKind(),
		newEncodeKind(),
		newReconstructKind(),
		newGMMNTrainKind(),
		newSampleKind(),
		newParzenKind(),
		newNearestNeighboursKind(),
		newInterpolateKind(),
		newReportKind(),
		newClassifierTrainKind(),
		newFIDKind(),
		newInceptionScoreKind(),
		newPrecisionRecallKind(),
		newGANTrainKind(),
		newSweepReportKind(),
		newLabelAgreementKind(),
		newCodeGridKind(),
		newModeCoverageKind(),
		newMemoryGANTrainKind(),
		newMemoryGANFiguresKind(),
		newScoreCurveKind(),
	}
}
